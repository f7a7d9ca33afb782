using Enterprise.Eval.Domain.Review.Quotas;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// The review a seed requires beyond its mandatory stages: how many of the optional stages the enterprise must choose
/// (江苏 004 二(四) 评审形式由企业自主决定，可综合运用业绩评审、技术攻关、口头答辩、企业内表彰: at least one), and
/// the tie-breaks the scheme states for equal composites, in order. No seed says "first come": the time of
/// submission breaks a tie only where a scheme lists earlier-application; with none, a tie shares its rank and the
/// committee settles it (EVAL-QUOTA-010).
/// </summary>
public sealed record ReviewRequirement(int ChooseAtLeast = 0, string? Source = null)
{
    public static readonly ReviewRequirement None = new();

    public IReadOnlyList<TieBreak> TieBreaks { get; init; } = [];
}
