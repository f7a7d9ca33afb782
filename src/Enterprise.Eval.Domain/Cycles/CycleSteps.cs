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

    public static CycleStepDefinition Of(CycleStep step) => All.Single(d => d.Step == step);

    public static CycleStepDefinition? After(CycleStatus status) => All.SingleOrDefault(d => d.From == status);
}
