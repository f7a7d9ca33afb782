using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class LevelHeldForConditionTests
{
    private static readonly DateOnly Reference = new(2026, 1, 1);

    private static LevelHeldForCondition FourYears(Comparison comparison = Comparison.AtLeast) => new()
    {
        Code = "years", Level = SkillLevel.SeniorTechnician, Years = new Threshold(4, comparison),
    };

    private static ApplicantFacts SeniorTechnicianSince(string postStart) => ConditionHarness.Nobody with
    {
        LevelHeld = SkillLevel.SeniorTechnician, PostStartedOn = DateOnly.Parse(postStart),
    };

    [Fact]
    public void Evaluate_IsNotMetWithSentence_WhenADayShortOfFourYears()
    {
        var result = ConditionHarness.Evaluate(FourYears(), SeniorTechnicianSince("2022-01-02"), Reference);

        Assert.Equal(ConditionOutcome.NotMet, result.Outcome);
        Assert.Equal("在高级技师岗位工作3年11个月30天，不满4年", result.Sentence);
        Assert.Equal("高级技师，4年以上", result.Expected);
    }

    [Fact]
    public void Evaluate_IsMet_WhenExactlyFourYears()
    {
        var result = ConditionHarness.Evaluate(FourYears(), SeniorTechnicianSince("2022-01-01"), Reference);

        Assert.Equal(ConditionOutcome.Met, result.Outcome);
        Assert.Equal("在高级技师岗位工作4年0个月，已满4年", result.Sentence);
    }

    [Theory]
    [InlineData("2022-01-01", ConditionOutcome.NotMet)]
    [InlineData("2021-12-31", ConditionOutcome.Met)]
    public void Evaluate_ExcludesTheNumber_WhenMoreThan(string postStart, ConditionOutcome expected)
    {
        Assert.Equal(expected, ConditionHarness.Evaluate(FourYears(Comparison.MoreThan), SeniorTechnicianSince(postStart), Reference).Outcome);
    }

    [Fact]
    public void Evaluate_IsNotMet_WhenTheLevelHeldIsLower()
    {
        var facts = SeniorTechnicianSince("2010-01-01") with { LevelHeld = SkillLevel.Technician };

        var result = ConditionHarness.Evaluate(FourYears(), facts, Reference);

        Assert.Equal(ConditionOutcome.NotMet, result.Outcome);
        Assert.Contains("未取得高级技师", result.Sentence);
    }

    [Fact]
    public void Evaluate_IsUnknownListingTheFact_WhenThePostStartIsNotGiven()
    {
        var facts = ConditionHarness.Nobody with { LevelHeld = SkillLevel.SeniorTechnician };

        var result = ConditionHarness.Evaluate(FourYears(), facts, Reference);

        Assert.Equal(ConditionOutcome.Unknown, result.Outcome);
        Assert.Equal([FactNames.PostStartedOn], result.MissingFacts);
    }

    [Fact]
    public void Evaluate_CountsFromTheCertificate_WhenAsked()
    {
        var condition = FourYears() with { FromCertificate = true };
        var facts = SeniorTechnicianSince("2025-01-01") with { LevelHeldSince = new DateOnly(2021, 6, 1) };

        Assert.Equal(ConditionOutcome.Met, ConditionHarness.Evaluate(condition, facts, Reference).Outcome);
    }
}
