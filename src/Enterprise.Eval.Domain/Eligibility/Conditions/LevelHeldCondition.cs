using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// Holds <see cref="Level"/> or higher, optionally obtained on or before a cut-off day
/// (南通 "2015年以前（含）取得技师证书" = obtainedOnOrBefore 2015-12-31).
/// </summary>
public sealed record LevelHeldCondition : Condition
{
    public const string KindName = "level-held";

    public required SkillLevel Level { get; init; }
    public DateOnly? ObtainedOnOrBefore { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var facts = context.Facts;
        var expected = ObtainedOnOrBefore is { } cut ? $"{ChinaTime.FormatDate(cut)}（含）前取得{Level.ChineseName()}" : $"持有{Level.ChineseName()}";
        if (facts.LevelHeld is not { } held)
            return Missing($"未提供持有的技能等级，无法判断是否{expected}", FactNames.LevelHeld);
        if (held < Level)
            return Result(ConditionOutcome.NotMet, $"持有{held.ChineseName()}，未达到{Level.ChineseName()}", expected, held.ChineseName(), [FactNames.LevelHeld]);
        if (ObtainedOnOrBefore is not { } cutoff)
            return Result(ConditionOutcome.Met, $"持有{held.ChineseName()}", expected, held.ChineseName(), [FactNames.LevelHeld]);
        if (facts.LevelHeldSince is not { } since)
            return Missing($"未提供{FactNames.LevelHeldSince}，无法判断是否{expected}", FactNames.LevelHeldSince);

        var met = since <= cutoff;
        var sentence = met
            ? $"于{ChinaTime.FormatDate(since)}取得{held.ChineseName()}，在{ChinaTime.FormatDate(cutoff)}（含）之前"
            : $"于{ChinaTime.FormatDate(since)}取得{held.ChineseName()}，晚于{ChinaTime.FormatDate(cutoff)}";
        return Result(MetIf(met), sentence, expected, ChinaTime.FormatDate(since), [FactNames.LevelHeld, FactNames.LevelHeldSince]);
    }
}
