namespace Enterprise.Eval.Domain.Certificates;

/// <summary>Chinese names of <see cref="ExportSubject"/>, as the verbs and pages show them.</summary>
public static class ExportSubjectNames
{
    public static string Of(ExportSubject subject) => subject switch
    {
        ExportSubject.RecommendedCandidates => "拟推荐名单（评审后）",
        ExportSubject.Applicants => "通过截止审核的申报人（单位推荐时）",
        _ => "有效证书（发证后）",
    };
}
