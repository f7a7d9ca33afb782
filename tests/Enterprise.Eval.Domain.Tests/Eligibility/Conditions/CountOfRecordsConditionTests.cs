using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class CountOfRecordsConditionTests
{
    private static readonly DateOnly Reference = new(2026, 6, 30);

    private static CountOfRecordsCondition TopThreeNationalClassOne => new()
    {
        Code = "top3",
        Filter = new RecordFilter
        {
            Kinds = [AchievementKind.Competition], MinLevel = AchievementLevel.National, Classes = ["一类"], MaxRank = 3,
        },
    };

    private static ApplicantFacts With(params AchievementRecord[] records) => ConditionHarness.Nobody with { Achievements = records };

    private static AchievementRecord Competition(int rank, AchievementLevel level = AchievementLevel.National) => new()
    {
        Kind = AchievementKind.Competition, Level = level, Class = "一类", Rank = rank, Year = 2024, Title = "全国数控技能大赛",
    };

    [Theory]
    [InlineData(3, ConditionOutcome.Met)]
    [InlineData(4, ConditionOutcome.NotMet)]
    public void Evaluate_IncludesRankThreeButNotFour_ForTopThree(int rank, ConditionOutcome expected)
    {
        Assert.Equal(expected, ConditionHarness.Evaluate(TopThreeNationalClassOne, With(Competition(rank)), Reference).Outcome);
    }

    [Fact]
    public void Evaluate_IsNotMet_WhenTheLevelIsBelowTheMinimum()
    {
        var result = ConditionHarness.Evaluate(TopThreeNationalClassOne, With(Competition(1, AchievementLevel.Provincial)), Reference);

        Assert.Equal(ConditionOutcome.NotMet, result.Outcome);
    }

    [Fact]
    public void Evaluate_IsUnknown_WhenNoAchievementsWereGiven()
    {
        var result = ConditionHarness.Evaluate(TopThreeNationalClassOne, ConditionHarness.Nobody, Reference);

        Assert.Equal(ConditionOutcome.Unknown, result.Outcome);
        Assert.Equal([FactNames.Achievements], result.MissingFacts);
    }

    [Fact]
    public void Evaluate_IsNotMet_WhenAchievementsAreKnownToBeNone()
    {
        Assert.Equal(ConditionOutcome.NotMet, ConditionHarness.Evaluate(TopThreeNationalClassOne, With(), Reference).Outcome);
    }

    [Fact]
    public void Evaluate_CountsOnlyRecordsSinceTheLevelWasObtained_WhenAsked()
    {
        var papers = new CountOfRecordsCondition
        {
            Code = "paper", Filter = new RecordFilter { Kinds = [AchievementKind.Paper], SinceLevelObtained = true },
        };
        var facts = With(new AchievementRecord { Kind = AchievementKind.Paper, Date = new DateOnly(2015, 3, 1) }) with
        {
            LevelHeld = SkillLevel.Technician, LevelHeldSince = new DateOnly(2015, 6, 1),
        };

        Assert.Equal(ConditionOutcome.NotMet, ConditionHarness.Evaluate(papers, facts, Reference).Outcome);
        var later = facts with { Achievements = [new AchievementRecord { Kind = AchievementKind.Paper, Date = new DateOnly(2015, 6, 1) }] };
        Assert.Equal(ConditionOutcome.Met, ConditionHarness.Evaluate(papers, later, Reference).Outcome);
    }

    [Theory]
    [InlineData(1, ConditionOutcome.NotMet)]
    [InlineData(2, ConditionOutcome.Met)]
    public void Evaluate_CountsAgainstTheThreshold_ForTwoOrMore(int patents, ConditionOutcome expected)
    {
        var twoPatents = new CountOfRecordsCondition
        {
            Code = "patents", Filter = new RecordFilter { Kinds = [AchievementKind.Patent] }, Count = new Threshold(2, Comparison.AtLeast),
        };
        var records = Enumerable.Range(0, patents).Select(_ => new AchievementRecord { Kind = AchievementKind.Patent, Year = 2024 }).ToArray();

        Assert.Equal(expected, ConditionHarness.Evaluate(twoPatents, With(records), Reference).Outcome);
    }
}
