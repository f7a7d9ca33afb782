namespace Enterprise.Eval.Domain.Eligibility.Conditions;

public sealed record AllCondition : CompositeCondition
{
    public const string KindName = "all";

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context) =>
        Combine(context, OutcomeAlgebra.All, $"同时满足{Children.Count}项条件");
}
