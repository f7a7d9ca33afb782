using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class AgeByGenderConditionTests
{
    private static readonly DateOnly Reference = new(2026, 6, 30);

    private static readonly AgeByGenderCondition MenFiftyEightWomenFortyEight = new()
    {
        Code = "age", Male = new Threshold(58, Comparison.AtLeast), Female = new Threshold(48, Comparison.AtLeast),
    };

    [Theory]
    [InlineData(Gender.Male, "1968-06-30", ConditionOutcome.Met)]      // 满58 on the birthday
    [InlineData(Gender.Male, "1968-07-01", ConditionOutcome.NotMet)]   // a day short
    [InlineData(Gender.Female, "1978-06-30", ConditionOutcome.Met)]    // 满48
    [InlineData(Gender.Female, "1978-07-01", ConditionOutcome.NotMet)]
    [InlineData(Gender.Male, "1976-01-01", ConditionOutcome.NotMet)]   // 50: enough for a woman, not for a man
    public void Evaluate_AppliesTheThresholdOfTheGender(Gender gender, string birth, ConditionOutcome expected)
    {
        var facts = ConditionHarness.Nobody with { Gender = gender, BirthDate = DateOnly.Parse(birth) };

        Assert.Equal(expected, ConditionHarness.Evaluate(MenFiftyEightWomenFortyEight, facts, Reference).Outcome);
    }

    [Fact]
    public void Evaluate_SaysAgeAndJudgement()
    {
        var facts = ConditionHarness.Nobody with { Gender = Gender.Female, BirthDate = new DateOnly(1979, 1, 1) };

        Assert.Equal("女，47周岁，不满48周岁", ConditionHarness.Evaluate(MenFiftyEightWomenFortyEight, facts, Reference).Sentence);
    }

    [Fact]
    public void Evaluate_IsUnknown_WhenGenderIsNotGiven()
    {
        var facts = ConditionHarness.Nobody with { BirthDate = new DateOnly(1960, 1, 1) };

        var result = ConditionHarness.Evaluate(MenFiftyEightWomenFortyEight, facts, Reference);

        Assert.Equal(ConditionOutcome.Unknown, result.Outcome);
        Assert.Contains("性别", result.MissingFacts);
    }
}
