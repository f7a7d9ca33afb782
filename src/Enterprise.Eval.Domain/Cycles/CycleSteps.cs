namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// The transition table: each step's from/to status, its planned instant and whether the scheduler takes it.
/// 颁发证书 and 上报 wait on people; certificates have a due date that only measures lateness.
/// </summary>
internal static class CycleSteps
{
    private static readonly CycleStepDefinition[] All =
    [
        new(CycleStep.OpenWindow, CycleStatus.Scheduled, CycleStatus.Open, CycleEventKind.WindowOpened, true, t => t.WindowOpensAt),
        new(CycleStep.CloseWindow, CycleStatus.Open, CycleStatus.Closed, CycleEventKind.WindowClosed, true, t => t.WindowClosesAt),
        new(CycleStep.StartReview, CycleStatus.Closed, CycleStatus.Reviewing, CycleEventKind.ReviewStarted, true, t => t.WindowClosesAt),
        new(CycleStep.StartPublicity, CycleStatus.Reviewing, CycleStatus.Publicity, CycleEventKind.PublicityStarted, true, t => t.PublicityStartsAt),
        new(CycleStep.Conclude, CycleStatus.Publicity, CycleStatus.Concluded, CycleEventKind.Concluded, true, t => t.PublicityEndsAt),
        new(CycleStep.Certify, CycleStatus.Concluded, CycleStatus.Certified, CycleEventKind.Certified, false, t => t.CertificatesDueAt),
        new(CycleStep.Report, CycleStatus.Certified, CycleStatus.Reported, CycleEventKind.Reported, false, _ => null),
    ];

    /// <summary>
    /// A cycle whose scheme holds no publicity (温州 001; issue 19 point 4) concludes from the review, when the review
    /// ends: it never has a 开始公示 step.
    /// </summary>
    private static readonly CycleStepDefinition ConcludeWithoutPublicity =
        new(CycleStep.Conclude, CycleStatus.Reviewing, CycleStatus.Concluded, CycleEventKind.Concluded, true, t => t.ReviewEndsAt);

    public static CycleStepDefinition Of(CycleStep step, CycleTimetable? timetable) =>
        step == CycleStep.Conclude && timetable is { HasPublicity: false } ? ConcludeWithoutPublicity : All.Single(d => d.Step == step);

    public static CycleStepDefinition? After(CycleStatus status, CycleTimetable? timetable) =>
        status == CycleStatus.Reviewing && timetable is { HasPublicity: false } ? ConcludeWithoutPublicity : All.SingleOrDefault(d => d.From == status);
}
