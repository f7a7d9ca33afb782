namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>At least <see cref="K"/> of the children hold.</summary>
public sealed record AtLeastKCondition : CompositeCondition
{
    public const string KindName = "at-least";

    public required int K
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(K), value, "Must be at least 1.");
    }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context) =>
        Combine(context, o => OutcomeAlgebra.AtLeast(K, o), $"满足{Children.Count}项条件中的{K}项以上");
}
