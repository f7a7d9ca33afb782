using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Still works in the occupation (仍从事本职业（工种）工作).</summary>
public sealed record StillInOccupationCondition : Condition
{
    public const string KindName = "still-in-occupation";

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context) => context.Facts.StillInOccupation switch
    {
        null => Missing("未提供是否仍从事本职业（工种）工作", FactNames.StillInOccupation),
        true => Result(ConditionOutcome.Met, "仍从事本职业（工种）工作", "仍从事本职业", "是", [FactNames.StillInOccupation]),
        false => Result(ConditionOutcome.NotMet, "已不再从事本职业（工种）工作", "仍从事本职业", "否", [FactNames.StillInOccupation]),
    };
}
