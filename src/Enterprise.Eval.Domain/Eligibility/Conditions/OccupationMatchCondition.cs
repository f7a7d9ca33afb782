using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// The occupation applied for is the one of the level held (江苏 "特级技师职业（工种）应当与高级技师相一致") and,
/// when <see cref="MustBeListed"/>, one the scheme lists.
/// </summary>
public sealed record OccupationMatchCondition : Condition
{
    public const string KindName = "occupation-match";

    public bool MustBeListed { get; init; } = true;

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var facts = context.Facts;
        if (string.IsNullOrWhiteSpace(facts.LevelOccupationCode))
            return Missing("未提供等级证书的职业（工种），无法判断职业是否一致", FactNames.LevelOccupation);
        var levelCode = facts.LevelOccupationCode.Trim();
        var applied = string.IsNullOrWhiteSpace(facts.AppliedOccupationCode) ? levelCode : facts.AppliedOccupationCode.Trim();
        if (!string.Equals(applied, levelCode, StringComparison.Ordinal))
            return Result(ConditionOutcome.NotMet, $"申报职业{applied}与等级证书职业{levelCode}不一致", levelCode, applied, [FactNames.LevelOccupation]);
        if (MustBeListed && !context.Scheme.IsListedOccupation(applied))
            return Result(ConditionOutcome.NotMet, $"职业{applied}不在本方案评价职业范围内", "方案所列职业", applied, [FactNames.LevelOccupation]);
        return Result(ConditionOutcome.Met, $"申报职业{applied}与等级证书职业一致", levelCode, applied, [FactNames.LevelOccupation]);
    }
}
