namespace Enterprise.Eval.Domain.Cycles;

/// <summary>
/// Which publicity a scheme holds, as its seed says (issue 19 point 4). The product runs at most one publicity, after
/// the enterprise's (or unit's) review and before its list is final; the kinds differ in what the seed calls it and
/// in whether the seed states its length.
/// </summary>
public enum PublicityKind
{
    /// <summary>The recommended list is published to staff after the review (江苏 004 二(五), 滨州 003 四(三): 不少于5个工作日).</summary>
    AfterReview,

    /// <summary>
    /// The unit's publicity before it recommends its applicants to the authority (福建 000 三(二) 在公示后择优推荐, 南通 002
    /// 二(五) 经公示无异议后报主管部门). The seeds state no length: the scheme must state it.
    /// </summary>
    UnitBeforeRecommendation,

    /// <summary>No publicity step at all (温州 001 states none); the review's list is final when the review ends.</summary>
    None,
}
