using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Scoring;

public sealed class CompositeScoreTests
{
    [Fact]
    public void Composite_IsWeightedSumOfRoundedParts_WhenAllStagesScored()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));
        var members = session.Committee.Members;
        foreach (var (m, s) in new[] { (1, 81m), (2, 82m), (3, 82m) }) session.Score("defence", members[m].Id, candidate.Id, s, Now);
        foreach (var (m, s) in new[] { (1, 70m), (2, 75m) }) session.Score("performance", members[m].Id, candidate.Id, s, Now);
        foreach (var m in new[] { 1, 2, 3 }) session.Verdict("material", members[m].Id, candidate.Id, true, Now);

        var composite = session.CompositeFor(candidate.Id);

        // 答辩 81.67 × 0.6 = 49.002 → 49.00; 业绩 72.5 × 0.4 = 29.00
        Assert.Equal(78.00m, composite.Total);
        Assert.Equal(81.67m, composite.ScoreOf("defence"));
        Assert.True(composite.IsComplete);
        Assert.True(composite.PassedAllStages);
    }

    [Fact]
    public void Composite_DoesNotPass_WhenAStageIsBelowItsPassMark()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));
        var member = session.Committee.Members[1];
        session.Verdict("material", member.Id, candidate.Id, true, Now);
        session.Score("defence", member.Id, candidate.Id, 90, Now);
        session.Score("performance", member.Id, candidate.Id, 55, Now);

        var composite = session.CompositeFor(candidate.Id);

        Assert.False(composite.PassedAllStages);
        Assert.Equal(76.00m, composite.Total);
    }

    [Fact]
    public void Composite_IsIncomplete_WhenAStageHasNoMarks()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));
        session.Score("defence", session.Committee.Members[1].Id, candidate.Id, 90, Now);

        var composite = session.CompositeFor(candidate.Id);

        Assert.False(composite.IsComplete);
        Assert.False(composite.PassedAllStages);
    }
}
