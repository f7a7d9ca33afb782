namespace Enterprise.Eval.Domain.Eligibility.Conditions;

public sealed record AnyCondition : CompositeCondition
{
    public const string KindName = "any";

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context) =>
        Combine(context, OutcomeAlgebra.Any, $"满足{Children.Count}项条件之一");
}
