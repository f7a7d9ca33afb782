using Enterprise.Eval.Domain.Review.Quotas;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Quotas;

internal static class QuotaFixtures
{
    public static RankingEntry Entry(string name, decimal total, string occupation = "车工", string unit = "甲公司",
        string? region = null, bool passed = true, DateTimeOffset? appliedAt = null, decimal? defence = null,
        bool usesUnitQuota = true) =>
        new(Candidate(name, occupation, unit, appliedAt: appliedAt, region: region), total,
            defence is { } d ? new Dictionary<string, decimal> { ["defence"] = d } : new Dictionary<string, decimal>(),
            passed, usesUnitQuota);

    /// <summary>Five candidates in each of seven occupations, scores descending and distinct.</summary>
    public static List<RankingEntry> SevenOccupations(int perOccupation = 5)
    {
        var entries = new List<RankingEntry>();
        var score = 99m;
        for (var i = 0; i < perOccupation; i++)
            for (var o = 0; o < 7; o++)
                entries.Add(Entry($"工种{o}-{i}", score -= 0.25m, occupation: $"工种{o}"));
        return entries;
    }
}
