namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// A candidate's place in the result: Rank is the position in the merit order (1 = best), Position the 序号 within
/// the recommended or waiting list. Notes carry cap warnings (kept candidates) or the reason for waiting.
/// </summary>
public sealed record RecommendationLine(
    int Rank,
    int Position,
    RankingEntry Entry,
    IReadOnlyList<QuotaNote> Notes,
    QuotaOverride? Override);
