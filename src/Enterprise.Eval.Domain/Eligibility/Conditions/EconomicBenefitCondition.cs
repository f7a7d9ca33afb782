using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// A recorded economic benefit of at least (or as stated) <see cref="AmountPerYear"/> 万元 in one year
/// (温州 "年创造直接经济效益在30万元以上"); the best year counts.
/// </summary>
public sealed record EconomicBenefitCondition : Condition
{
    public const string KindName = "economic-benefit";

    public required Threshold AmountPerYear { get; init; }
    public int? WithinYears { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var expected = $"年经济效益{ThresholdText.Expected(AmountPerYear, "万元")}";
        if (context.Facts.Achievements is not { } records)
            return Missing($"未提供业绩记录，无法判断{expected}", FactNames.Achievements);

        var amounts = records
            .Where(r => r.Kind == AchievementKind.EconomicBenefit && r.AmountWanYuan is not null)
            .Where(r => WithinYears is not { } n || (r.EffectiveYear is { } y && y > context.EvaluationYear - n))
            .Select(r => r.AmountWanYuan!.Value)
            .ToList();
        if (amounts.Count == 0)
            return Result(ConditionOutcome.NotMet, "无经济效益记录", expected, "无", [FactNames.Achievements]);
        var best = AmountPerYear.Comparison is Comparison.AtMost or Comparison.LessThan ? amounts.Min() : amounts.Max();
        var met = AmountPerYear.IsMetBy(best);
        return Result(MetIf(met), $"年经济效益{ThresholdText.Number(best)}万元，{ThresholdText.Judgement(AmountPerYear, met, "万元")}",
            expected, $"{ThresholdText.Number(best)}万元", [FactNames.Achievements]);
    }
}
