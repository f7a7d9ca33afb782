using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>No misconduct ban is in force on the reference date.</summary>
public sealed record NoActiveBanCondition : Condition
{
    public const string KindName = "no-active-ban";

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        if (context.Facts.Bans is not { } bans)
            return Missing("未提供失信禁入记录，无法判断是否处于禁止申报期", FactNames.Bans);
        var active = bans.Where(b => b.IsActiveOn(context.ReferenceDate)).OrderByDescending(b => b.EndsOn).FirstOrDefault();
        return active is null
            ? Result(ConditionOutcome.Met, "无处于有效期内的禁止申报记录", "无禁止申报记录", "无", [FactNames.Bans])
            : Result(ConditionOutcome.NotMet, $"因“{active.Reason}”禁止申报至{ChinaTime.FormatDate(active.EndsOn)}",
                "无禁止申报记录", $"禁止至{ChinaTime.FormatDate(active.EndsOn)}", [FactNames.Bans]);
    }
}
