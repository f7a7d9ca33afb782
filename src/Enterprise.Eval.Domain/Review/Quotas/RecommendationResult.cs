namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>The outcome of ranking: recommended list, waiting list, candidates left out by HR, and every warning.</summary>
public sealed record RecommendationResult(
    IReadOnlyList<RecommendationLine> Recommended,
    IReadOnlyList<RecommendationLine> WaitingList,
    IReadOnlyList<RecommendationLine> NotRecommended,
    IReadOnlyList<RecommendationLine> Excluded,
    IReadOnlyList<RejectedOverride> RejectedOverrides,
    IReadOnlyList<QuotaNote> Warnings);
