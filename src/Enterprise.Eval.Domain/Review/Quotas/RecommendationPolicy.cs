namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// How the recommended list is built: its target size (from the scheme or HR; null = everyone who passed), the caps,
/// an optional per-unit tier table with its roster, declared tie-breaks and how long the waiting list may be
/// (null = every candidate not placed).
/// </summary>
public sealed record RecommendationPolicy(
    int? TargetListSize,
    IReadOnlyList<QuotaCap> Caps,
    IReadOnlyList<TieBreak> TieBreaks,
    int? WaitingListSize = null,
    UnitTierTable? UnitTiers = null,
    IReadOnlyList<UnitQuotaEntry>? UnitRoster = null)
{
    public static RecommendationPolicy Simple(int? targetListSize, params QuotaCap[] caps) =>
        new(targetListSize, caps, [TieBreak.EarlierApplication]);
}
