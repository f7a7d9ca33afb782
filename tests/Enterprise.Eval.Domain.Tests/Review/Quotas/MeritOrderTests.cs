using Enterprise.Eval.Domain.Review.Quotas;
using static Enterprise.Eval.Domain.Tests.Review.Quotas.QuotaFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Quotas;

public sealed class MeritOrderTests
{
    private static readonly DateTimeOffset Early = ReviewFixtures.Now.AddDays(-40);
    private static readonly DateTimeOffset Late = ReviewFixtures.Now.AddDays(-10);

    [Fact]
    public void Rank_PutsThePriorityHolderFirst_WhenCompositesTie_AndNeverTheEarlierApplicantUnlessDeclared()
    {
        var early = Entry("甲", 80, appliedAt: Early);
        var priority = Entry("乙", 80, appliedAt: Late) with { IsPriority = true };

        var byPriority = MeritOrder.Rank([early, priority], [TieBreak.Priority]);
        var undeclared = MeritOrder.Rank([early, priority with { IsPriority = false }], []);

        Assert.Equal(["乙", "甲"], byPriority.Select(r => r.Entry.Candidate.Name));
        Assert.Equal([1, 1], undeclared.Select(r => r.Rank));   // no stated tie-break: a shared rank, not first come
        Assert.All(undeclared, r => Assert.True(r.UnresolvedTie));
    }

    [Fact]
    public void Rank_PrefersHigherStageScore_WhenCompositesTie()
    {
        var a = Entry("甲", 80, defence: 75, appliedAt: Early);
        var b = Entry("乙", 80, defence: 85, appliedAt: Late);

        var ranked = MeritOrder.Rank([a, b], [TieBreak.HigherStageScore("defence"), TieBreak.EarlierApplication]);

        Assert.Equal(["乙", "甲"], ranked.Select(r => r.Entry.Candidate.Name));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_FallsBackToEarlierApplication_WhenStageScoresAlsoTie()
    {
        var a = Entry("甲", 80, defence: 85, appliedAt: Late);
        var b = Entry("乙", 80, defence: 85, appliedAt: Early);

        var ranked = MeritOrder.Rank([a, b], [TieBreak.HigherStageScore("defence"), TieBreak.EarlierApplication]);

        Assert.Equal(["乙", "甲"], ranked.Select(r => r.Entry.Candidate.Name));
        Assert.DoesNotContain(ranked, r => r.UnresolvedTie);
    }

    [Fact]
    public void Rank_SharesRankAndWarns_WhenDeclaredTieBreaksCannotSeparate()
    {
        var entries = new[] { Entry("甲", 90), Entry("乙", 80, appliedAt: Early), Entry("丙", 80, appliedAt: Early), Entry("丁", 70) };

        var ranked = MeritOrder.Rank(entries, [TieBreak.EarlierApplication]);
        var result = Recommender.Recommend(RecommendationPolicy.Simple(null), entries);

        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
        Assert.Equal(2, ranked.Count(r => r.UnresolvedTie));
        Assert.Contains(result.Warnings, w => w.Code == "EVAL-QUOTA-010" && w.Message.Contains("并列第2名"));
    }
}
