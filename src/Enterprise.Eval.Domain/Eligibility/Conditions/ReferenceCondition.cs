namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Points at another named condition of the scheme, so a group can reuse it without copying.</summary>
public sealed record ReferenceCondition : Condition
{
    public const string KindName = "ref";

    public required string Target { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context) => context.EvaluateNamed(Target, Code);
}
