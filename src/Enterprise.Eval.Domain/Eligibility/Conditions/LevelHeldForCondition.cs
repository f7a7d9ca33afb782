using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Holds <see cref="Level"/> (or higher) and has worked in the post at that level for <see cref="Years"/>, to the day
/// against the reference date (江苏 "在高级技师岗位工作满5年"). Counts from the post start, or from the certificate date
/// when <see cref="FromCertificate"/> is set.
/// </summary>
public sealed record LevelHeldForCondition : Condition
{
    public const string KindName = "level-held-for";

    public required SkillLevel Level { get; init; }
    public required Threshold Years { get; init; }
    public bool FromCertificate { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var facts = context.Facts;
        var expected = $"{Level.ChineseName()}，{ThresholdText.Expected(Years, "年")}";
        if (facts.LevelHeld is not { } held)
            return Missing($"未提供持有的技能等级，无法判断是否在{Level.ChineseName()}岗位工作{ThresholdText.Expected(Years, "年")}", FactNames.LevelHeld);
        if (held < Level)
            return Result(ConditionOutcome.NotMet, $"持有{held.ChineseName()}，未取得{Level.ChineseName()}", expected, held.ChineseName(), [FactNames.LevelHeld]);

        var startName = FromCertificate ? FactNames.LevelHeldSince : FactNames.PostStartedOn;
        var start = FromCertificate ? facts.LevelHeldSince : facts.PostStartedOn;
        if (start is not { } from)
            return Missing($"未提供{startName}，无法计算在{Level.ChineseName()}岗位的年限", startName);

        var met = ThresholdText.DurationMeets(from, context.ReferenceDate, Years);
        var duration = ServiceDuration.Between(from, context.ReferenceDate);
        var place = FromCertificate ? $"取得{Level.ChineseName()}" : $"在{Level.ChineseName()}岗位工作";
        return Result(MetIf(met), $"{place}{duration}，{ThresholdText.Judgement(Years, met, "年")}",
            expected, duration.ToString(), [FactNames.LevelHeld, startName]);
    }
}
