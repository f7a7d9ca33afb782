using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Quotas;
using static Enterprise.Eval.Domain.Tests.Review.Quotas.QuotaFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Quotas;

public sealed class RecommenderTests
{
    private static readonly DateTimeOffset Now = ReviewFixtures.Now;

    private static QuotaCap OccupationShare(CapStrictness strictness) =>
        QuotaCap.ShareOfList("每个工种占比不超过15%", QuotaScope.Occupation, Share.Percent(15, Comparison.AtMost), strictness);

    [Fact]
    public void Recommend_KeepsEveryOccupationAtThreeOrFewer_When20PlacesAnd15PercentHardCap()
    {
        var result = Recommender.Recommend(RecommendationPolicy.Simple(20, OccupationShare(CapStrictness.Hard)), SevenOccupations());

        Assert.Equal(20, result.Recommended.Count);
        Assert.All(result.Recommended.GroupBy(l => l.Entry.Candidate.Occupation), g => Assert.True(g.Count() <= 3));
        Assert.Equal(15, result.WaitingList.Count);
    }

    [Fact]
    public void Recommend_KeepsEveryOccupationAtThreeOrFewer_WhenOneOccupationHoldsTheTopScores()
    {
        var entries = Enumerable.Range(0, 7).SelectMany(o => Enumerable.Range(0, 6)
            .Select(i => Entry($"工种{o}-{i}", 100 - o * 10 - i, occupation: $"工种{o}"))).ToList();

        var result = Recommender.Recommend(RecommendationPolicy.Simple(20, OccupationShare(CapStrictness.Hard)), entries);

        Assert.Equal(20, result.Recommended.Count);
        Assert.Equal(3, result.Recommended.GroupBy(l => l.Entry.Candidate.Occupation).Max(g => g.Count()));
        Assert.Equal(Enumerable.Range(1, 20), result.Recommended.Select(l => l.Position));
    }

    [Fact]
    public void Recommend_BlocksTheFourthOfAnOccupation_WhenCapIsHard()
    {
        var entries = Enumerable.Range(0, 5).Select(i => Entry($"车工{i}", 90 - i)).Append(Entry("钳工", 50, "钳工")).ToList();

        var result = Recommender.Recommend(RecommendationPolicy.Simple(20, OccupationShare(CapStrictness.Hard)), entries);

        Assert.Equal(["车工0", "车工1", "车工2", "钳工"], result.Recommended.Select(l => l.Entry.Candidate.Name));
        var blocked = result.WaitingList.First();
        Assert.Equal("车工3", blocked.Entry.Candidate.Name);
        Assert.Equal("EVAL-QUOTA-012", Assert.Single(blocked.Notes).Code);
    }

    [Fact]
    public void Recommend_KeepsTheFourthWithAWarning_WhenCapIs原则上()
    {
        var entries = Enumerable.Range(0, 5).Select(i => Entry($"车工{i}", 90 - i)).ToList();

        var result = Recommender.Recommend(RecommendationPolicy.Simple(20, QuotaCap.FujianOccupationShare), entries);

        Assert.Equal(5, result.Recommended.Count);
        Assert.Empty(result.Recommended[2].Notes);
        Assert.Equal("EVAL-QUOTA-013", Assert.Single(result.Recommended[3].Notes).Code);
        Assert.Equal(2, result.Warnings.Count(w => w.Code == "EVAL-QUOTA-013"));
    }

    [Fact]
    public void Recommend_StopsAtTargetSize_AndKeepsAWaitingListOfTheStatedLength()
    {
        var entries = Enumerable.Range(0, 6).Select(i => Entry($"申报人{i}", 90 - i)).ToList();
        var policy = new RecommendationPolicy(3, [], [TieBreak.EarlierApplication], WaitingListSize: 2);

        var result = Recommender.Recommend(policy, entries);

        Assert.Equal(3, result.Recommended.Count);
        Assert.Equal(["申报人3", "申报人4"], result.WaitingList.Select(l => l.Entry.Candidate.Name));
        Assert.Equal([1, 2], result.WaitingList.Select(l => l.Position));
        Assert.Equal("申报人5", Assert.Single(result.NotRecommended).Entry.Candidate.Name);
        Assert.Equal("EVAL-QUOTA-011", result.WaitingList[0].Notes.Single().Code);
    }

    [Fact]
    public void Recommend_LeavesOutCandidatesWhoFailedReview()
    {
        var result = Recommender.Recommend(RecommendationPolicy.Simple(null),
            [Entry("通过", 70), Entry("未通过", 95, passed: false)]);

        Assert.Equal("通过", Assert.Single(result.Recommended).Entry.Candidate.Name);
        Assert.Empty(result.WaitingList);
    }

    [Fact]
    public void Recommend_CapsOnApplicants_WhenShareIsOfTheGroupsApplicants()
    {
        // 不超过30% of 10 applicants (4 of whom failed) → 3 places, not 30% of the 6 who passed.
        var entries = Enumerable.Range(0, 10).Select(i => Entry($"车工{i}", 90 - i, passed: i < 6)).ToList();
        var cap = QuotaCap.ShareOfApplicants("通过率不超过30%", QuotaScope.Occupation, Share.Percent(30, Comparison.AtMost), CapStrictness.Hard);

        var result = Recommender.Recommend(RecommendationPolicy.Simple(null, cap), entries);

        Assert.Equal(3, result.Recommended.Count);
    }

    [Fact]
    public void Recommend_AppliesARegionsOwnAllocation_WhenCapNamesTheGroup()
    {
        var entries = Enumerable.Range(0, 4).Select(i => Entry($"福州{i}", 90 - i, region: "福州"))
            .Concat(Enumerable.Range(0, 4).Select(i => Entry($"厦门{i}", 80 - i, region: "厦门"))).ToList();
        var cap = QuotaCap.Absolute("福州名额", QuotaScope.Region, 2, CapStrictness.Hard, groupKey: "福州");

        var result = Recommender.Recommend(RecommendationPolicy.Simple(null, cap), entries);

        Assert.Equal(2, result.Recommended.Count(l => l.Entry.Candidate.Region == "福州"));
        Assert.Equal(4, result.Recommended.Count(l => l.Entry.Candidate.Region == "厦门"));
    }

    [Fact]
    public void Override_IsRejected_WhenReasonIsMissing()
    {
        var entries = Enumerable.Range(0, 5).Select(i => Entry($"车工{i}", 90 - i)).ToList();
        var policy = RecommendationPolicy.Simple(20, OccupationShare(CapStrictness.Hard));
        var include = new QuotaOverride(entries[4].Candidate.Id, OverrideKind.Include, " ", "人事处张三", Now);

        var result = Recommender.Recommend(policy, entries, [include]);

        Assert.Equal("EVAL-QUOTA-001", Assert.Single(result.RejectedOverrides).Outcome.Code);
        Assert.DoesNotContain(result.Recommended, l => l.Entry == entries[4]);
    }

    [Fact]
    public void Override_IncludesBlockedCandidateAndRecordsReason_WhenReasonIsGiven()
    {
        var entries = Enumerable.Range(0, 5).Select(i => Entry($"车工{i}", 90 - i)).ToList();
        var policy = RecommendationPolicy.Simple(20, OccupationShare(CapStrictness.Hard));
        var include = new QuotaOverride(entries[4].Candidate.Id, OverrideKind.Include, "基层一线紧缺工种，不受职数限制", "人事处张三", Now);

        var result = Recommender.Recommend(policy, entries, [include]);

        var line = Assert.Single(result.Recommended, l => l.Entry == entries[4]);
        Assert.Same(include, line.Override);
        Assert.Contains(line.Notes, n => n.Code == "EVAL-QUOTA-020" && n.Message.Contains("基层一线紧缺工种"));
        Assert.Equal(["车工0", "车工1", "车工4"], result.Recommended.Select(l => l.Entry.Candidate.Name));
    }

    [Fact]
    public void Override_ExcludesCandidateWithReason_WhenHrLeavesThemOut()
    {
        var entries = new[] { Entry("甲", 90), Entry("乙", 80) };
        var exclude = new QuotaOverride(entries[0].Candidate.Id, OverrideKind.Exclude, "材料存疑，待核实", "人事处", Now);

        var result = Recommender.Recommend(RecommendationPolicy.Simple(null), entries, [exclude]);

        Assert.Equal("乙", Assert.Single(result.Recommended).Entry.Candidate.Name);
        Assert.Equal("EVAL-QUOTA-021", Assert.Single(Assert.Single(result.Excluded).Notes).Code);
    }

    [Fact]
    public void Override_IsRejected_WhenCandidateFailedReview()
    {
        var failed = Entry("未通过", 50, passed: false);
        var include = new QuotaOverride(failed.Candidate.Id, OverrideKind.Include, "照顾", "人事处", Now);

        var result = Recommender.Recommend(RecommendationPolicy.Simple(null), [failed], [include]);

        Assert.Equal("EVAL-QUOTA-003", Assert.Single(result.RejectedOverrides).Outcome.Code);
        Assert.Empty(result.Recommended);
    }
}
