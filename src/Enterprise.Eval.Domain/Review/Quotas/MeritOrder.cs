namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>Orders candidates by composite score, highest first, then by the declared tie-breaks in their order.</summary>
public static class MeritOrder
{
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<RankingEntry> entries, IReadOnlyList<TieBreak> tieBreaks)
    {
        ArgumentNullException.ThrowIfNull(tieBreaks);
        var sorted = entries.ToList();
        sorted.Sort((a, b) => Compare(a, b, tieBreaks) is var c && c != 0 ? c : a.Candidate.Id.CompareTo(b.Candidate.Id));
        var ranked = new List<RankedEntry>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var tiedWithPrevious = i > 0 && Compare(sorted[i - 1], sorted[i], tieBreaks) == 0;
            var tiedWithNext = i + 1 < sorted.Count && Compare(sorted[i], sorted[i + 1], tieBreaks) == 0;
            var rank = tiedWithPrevious ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedEntry(sorted[i], rank, tiedWithPrevious || tiedWithNext));
        }
        return ranked;
    }

    /// <summary>Negative when a ranks before b.</summary>
    public static int Compare(RankingEntry a, RankingEntry b, IReadOnlyList<TieBreak> tieBreaks)
    {
        var byTotal = b.Total.CompareTo(a.Total);
        if (byTotal != 0) return byTotal;
        foreach (var tieBreak in tieBreaks)
        {
            var c = tieBreak.Kind switch
            {
                TieBreakKind.HigherStageScore => StageScore(b, tieBreak.StageCode!).CompareTo(StageScore(a, tieBreak.StageCode!)),
                TieBreakKind.EarlierApplication => a.Candidate.AppliedAt.CompareTo(b.Candidate.AppliedAt),
                TieBreakKind.Priority => b.IsPriority.CompareTo(a.IsPriority),
                _ => 0,
            };
            if (c != 0) return c;
        }
        return 0;
    }

    // A candidate without a mark in the stage loses the tie-break to one with any mark.
    private static decimal StageScore(RankingEntry entry, string stageCode) =>
        entry.StageScores.TryGetValue(stageCode, out var score) ? score : decimal.MinValue;
}
