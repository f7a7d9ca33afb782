namespace Enterprise.Eval.Domain.Eligibility.Verdicts;

public static class VerdictKindNames
{
    public static string ChineseName(this VerdictKind kind) => kind switch
    {
        VerdictKind.EligibleStandard => "符合条件",
        VerdictKind.EligibleByRelaxation => "破格符合",
        VerdictKind.DirectlyConfirmed => "直接确认",
        VerdictKind.NeedsAttestation => "待人事确认",
        VerdictKind.Undetermined => "信息不全",
        VerdictKind.Ineligible => "不符合条件",
        _ => kind.ToString(),
    };
}
