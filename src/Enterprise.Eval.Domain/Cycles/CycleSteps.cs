using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// The transition table: each step's from/to status, its planned instant and whether the scheduler takes it.
/// 颁发证书 and 上报 wait on people; certificates have a due date that only measures lateness. A cycle whose certificate
/// an authority issues (issue 19 point 2: 福建, 南通, 温州) has 报送 between the result and the certificates: the unit
/// sends its list, the authority decides (福建 省人社厅研究确认; 温州 技师 referred to the city's 鉴定指导中心), and 颁发证书
/// is the step that records the authority's decisions and numbers; no enterprise number is minted.
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

    private static readonly CycleStepDefinition SubmitToAuthority =
        new(CycleStep.Submit, CycleStatus.Concluded, CycleStatus.Submitted, CycleEventKind.Submitted, false, _ => null);

    private static readonly CycleStepDefinition CertifyByAuthority =
        new(CycleStep.Certify, CycleStatus.Submitted, CycleStatus.Certified, CycleEventKind.Certified, false, t => t.CertificatesDueAt);

    public static CycleStepDefinition Of(CycleStep step, CycleTimetable? timetable, CertificateIssuerKind issuer) => step switch
    {
        CycleStep.Conclude when timetable is { HasPublicity: false } => ConcludeWithoutPublicity,
        CycleStep.Submit => SubmitToAuthority,
        CycleStep.Certify when issuer == CertificateIssuerKind.Authority => CertifyByAuthority,
        _ => All.Single(d => d.Step == step),
    };

    public static CycleStepDefinition? After(CycleStatus status, CycleTimetable? timetable, CertificateIssuerKind issuer) => status switch
    {
        CycleStatus.Reviewing when timetable is { HasPublicity: false } => ConcludeWithoutPublicity,
        CycleStatus.Concluded when issuer == CertificateIssuerKind.Authority => SubmitToAuthority,
        CycleStatus.Submitted => CertifyByAuthority,
        _ => All.SingleOrDefault(d => d.From == status),
    };
}
