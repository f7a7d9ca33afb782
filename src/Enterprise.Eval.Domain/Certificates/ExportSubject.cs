namespace Enterprise.Eval.Domain.Certificates;

/// <summary>Whom an export file lists, which decides the step of the cycle at which it can be made.</summary>
public enum ExportSubject
{
    /// <summary>The cycle's unrevoked certificates: the results, after certification (山东 003 四(四), the national data).</summary>
    Certificates,

    /// <summary>The review's recommended list, after the review and before publicity (江苏 004 二(五) 建议人选名单).</summary>
    RecommendedCandidates,

    /// <summary>The applicants who passed the closing screening, at the unit's recommendation (温州 001 附件2 汇总表).</summary>
    Applicants,
}
