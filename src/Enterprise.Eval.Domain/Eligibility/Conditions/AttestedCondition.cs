namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// An item only HR can judge (职业道德, 身体条件, 突出贡献): needs attestation until HR records yes or no with a reason.
/// </summary>
public sealed record AttestedCondition : Condition
{
    public const string KindName = "attested";

    public required string Item { get; init; }
    public required string ItemName { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        if (!context.Facts.Attestations.TryGetValue(Item, out var attestation))
        {
            return Result(ConditionOutcome.NeedsAttestation, $"“{ItemName}”待人事部门确认", ItemName, "待确认", pending: [Item]);
        }
        var verdict = attestation.Confirmed ? "人事部门确认符合" : "人事部门确认不符合";
        return Result(MetIf(attestation.Confirmed), $"“{ItemName}”{verdict}：{attestation.Reason}", ItemName,
            attestation.Confirmed ? "符合" : "不符合", [$"确认项 {Item}"]);
    }
}
