namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>
/// A candidate in merit order. Rank is shared by candidates the declared tie-breaks cannot separate (1, 2, 2, 4);
/// such a tie is flagged for the committee to settle, and meanwhile ordered by candidate id so that runs repeat.
/// </summary>
public sealed record RankedEntry(RankingEntry Entry, int Rank, bool UnresolvedTie);
