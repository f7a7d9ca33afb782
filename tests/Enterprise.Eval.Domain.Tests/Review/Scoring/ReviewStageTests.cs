using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Scoring;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Scoring;

public sealed class ReviewStageTests
{
    private static readonly Guid CandidateId = Guid.NewGuid();

    private static ReviewStage StageWith(StageDefinition definition, params decimal[] scores)
    {
        var stage = new ReviewStage(definition);
        foreach (var score in scores) Assert.True(stage.RecordScore(Guid.NewGuid(), CandidateId, score, Now).Accepted);
        return stage;
    }

    [Fact]
    public void Result_IsPlainMean_WhenAggregationIsMean()
    {
        var result = StageWith(Defence(), 70, 80, 95).ResultFor(CandidateId);

        Assert.Equal(81.67m, result.Aggregate);
        Assert.False(result.Trimmed);
    }

    [Fact]
    public void Result_DropsOneHighestAndOneLowest_WhenEnoughMembersScored()
    {
        var result = StageWith(Defence(aggregation: ScoreAggregation.TrimmedMean, trimWhenAtLeast: 5), 50, 80, 82, 84, 100)
            .ResultFor(CandidateId);

        Assert.True(result.Trimmed);
        Assert.Equal(82m, result.Aggregate);
    }

    [Fact]
    public void Result_DoesNotTrim_WhenFewerMembersScoredThanTheRuleNeeds()
    {
        var result = StageWith(Defence(aggregation: ScoreAggregation.TrimmedMean, trimWhenAtLeast: 5), 50, 80, 82, 100)
            .ResultFor(CandidateId);

        Assert.False(result.Trimmed);
        Assert.Equal(78m, result.Aggregate);
    }

    [Fact]
    public void Result_WeightsTheRoundedAggregate_WhenStageHasAWeight()
    {
        var result = StageWith(Defence(weight: 0.35m), 80, 81, 81).ResultFor(CandidateId);

        Assert.Equal(80.67m, result.Aggregate);
        Assert.Equal(28.23m, result.WeightedPart); // 80.67 × 0.35 = 28.2345
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(59.99, false)]
    public void Result_AppliesInclusivePassMark_When60以上(decimal score, bool passed)
    {
        Assert.Equal(passed, StageWith(Defence(), score).ResultFor(CandidateId).Passed);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void RecordScore_IsRefused_WhenOutsideTheScale(decimal score)
    {
        var outcome = new ReviewStage(Defence()).RecordScore(Guid.NewGuid(), CandidateId, score, Now);

        Assert.Equal("EVAL-SCORE-003", outcome.Code);
    }

    [Fact]
    public void RecordScore_KeepsTheLastMark_WhenMemberCorrectsWhileOpen()
    {
        var stage = new ReviewStage(Defence());
        var member = Guid.NewGuid();
        stage.RecordScore(member, CandidateId, 70, Now);
        stage.RecordScore(member, CandidateId, 75, Now.AddMinutes(1));

        Assert.Equal(75m, stage.ResultFor(CandidateId).Aggregate);
    }

    [Fact]
    public void PassFailStage_PassesOnlyWithMoreThanHalf_WhenRuleIs过半数()
    {
        var stage = new ReviewStage(Material());
        stage.RecordVerdict(Guid.NewGuid(), CandidateId, true, Now);
        stage.RecordVerdict(Guid.NewGuid(), CandidateId, false, Now);

        Assert.False(stage.ResultFor(CandidateId).Passed);

        stage.RecordVerdict(Guid.NewGuid(), CandidateId, true, Now);
        Assert.True(stage.ResultFor(CandidateId).Passed);
    }

    [Fact]
    public void RecordScore_IsRefused_WhenStageIsPassFail()
    {
        Assert.Equal("EVAL-SCORE-004", new ReviewStage(Material()).RecordScore(Guid.NewGuid(), CandidateId, 1, Now).Code);
    }

    [Fact]
    public void Definition_Throws_WhenTrimmingWouldLeaveNothing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            StageDefinition.Scored("x", "答辩", 0, 100, 1, new Threshold(60, Comparison.AtLeast), ScoreAggregation.TrimmedMean, 2));
    }
}
