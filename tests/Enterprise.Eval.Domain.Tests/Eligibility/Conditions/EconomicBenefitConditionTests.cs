using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Tests.Eligibility.Conditions;

public sealed class EconomicBenefitConditionTests
{
    private static readonly DateOnly Reference = new(2026, 6, 30);

    private static ApplicantFacts Benefit(decimal amount) => ConditionHarness.Nobody with
    {
        Achievements = [new AchievementRecord { Kind = AchievementKind.EconomicBenefit, Year = 2025, AmountWanYuan = amount }],
    };

    [Theory]
    [InlineData("30", Comparison.AtLeast, ConditionOutcome.Met)]      // 30万元以上 includes 30
    [InlineData("29.99", Comparison.AtLeast, ConditionOutcome.NotMet)]
    [InlineData("30", Comparison.MoreThan, ConditionOutcome.NotMet)]  // 超过30万元 excludes 30
    [InlineData("30.01", Comparison.MoreThan, ConditionOutcome.Met)]
    public void Evaluate_RespectsInclusiveness_AtThirtyWanYuan(string amount, Comparison comparison, ConditionOutcome expected)
    {
        var condition = new EconomicBenefitCondition { Code = "benefit", AmountPerYear = new Threshold(30, comparison) };

        Assert.Equal(expected, ConditionHarness.Evaluate(condition, Benefit(decimal.Parse(amount)), Reference).Outcome);
    }

    [Fact]
    public void Evaluate_SaysAmountAndJudgement()
    {
        var condition = new EconomicBenefitCondition { Code = "benefit", AmountPerYear = new Threshold(30, Comparison.AtLeast) };

        Assert.Equal("年经济效益29.99万元，不满30万元", ConditionHarness.Evaluate(condition, Benefit(29.99m), Reference).Sentence);
    }
}
