using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Domain.Tests.Review;

/// <summary>Builders for committees, candidates and sessions used across the review specifications.</summary>
internal static class ReviewFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 6, 10, 1, 0, 0, TimeSpan.Zero);

    public static CommitteeMember Member(string name, bool expert = true, CommitteeRole role = CommitteeRole.Member,
        string unit = "评价中心", string department = "专家组", string? employeeNumber = null) =>
        new(Guid.NewGuid(), name, role, expert, expert ? "高级技师" : null, unit, department, employeeNumber);

    /// <summary>A committee of <paramref name="size"/> voting members, the first being the chair.</summary>
    public static Committee Committee(int size, int experts, CompositionRules? rules = null, bool withSecretary = false)
    {
        var committee = new Committee(Guid.NewGuid(), Guid.NewGuid(), "直接认定评审委员会", rules ?? CompositionRules.WenzhouCommittee);
        for (var i = 0; i < size; i++)
            committee.AddMember(Member($"委员{i + 1}", expert: i < experts, role: i == 0 ? CommitteeRole.Chair : CommitteeRole.Member,
                department: $"部门{i + 1}"));
        if (withSecretary) committee.AddMember(Member("秘书", expert: false, role: CommitteeRole.Secretary));
        return committee;
    }

    public static ReviewCandidate Candidate(string name, string occupation = "车工", string unit = "甲公司",
        string department = "一车间", DateTimeOffset? appliedAt = null, string? lineManager = null, string? region = null) =>
        new(Guid.NewGuid(), name, unit, department, occupation, appliedAt ?? Now.AddDays(-30), lineManager, region);

    public static StageDefinition Material() =>
        StageDefinition.PassFail("material", "材料审核", Share.Fraction(1, 2, Comparison.MoreThan));

    public static StageDefinition Defence(decimal weight = 0.6m, ScoreAggregation aggregation = ScoreAggregation.Mean,
        int trimWhenAtLeast = 0) =>
        StageDefinition.Scored("defence", "答辩", 0, 100, weight, new Threshold(60, Comparison.AtLeast), aggregation, trimWhenAtLeast);

    public static StageDefinition Performance(decimal weight = 0.4m) =>
        StageDefinition.Scored("performance", "业绩评审", 0, 100, weight, new Threshold(60, Comparison.AtLeast));

    public static ReviewSession Session(Committee committee, IEnumerable<ReviewCandidate> candidates,
        VotingRules? voting = null, params StageDefinition[] stages) =>
        new(Guid.NewGuid(), committee, candidates, stages.Length == 0 ? [Material(), Defence(), Performance()] : stages,
            voting ?? VotingRules.Wenzhou);

    public static ReviewSession Started(ReviewSession session)
    {
        var violations = session.Start(Now);
        Assert.Empty(violations);
        return session;
    }
}
