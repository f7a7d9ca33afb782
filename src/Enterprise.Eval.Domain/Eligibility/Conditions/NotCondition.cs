namespace Enterprise.Eval.Domain.Eligibility.Conditions;

public sealed record NotCondition : Condition
{
    public const string KindName = "not";

    public required Condition Child { get; init; }

    public override string Kind => KindName;

    public override ConditionResult Evaluate(EvaluationContext context)
    {
        var inner = Child.Evaluate(context);
        var outcome = OutcomeAlgebra.Not(inner.Outcome);
        var sentence = outcome switch
        {
            ConditionOutcome.Met => $"不存在以下情形：{inner.Sentence}",
            ConditionOutcome.NotMet => $"存在排除情形：{inner.Sentence}",
            _ => inner.Sentence,
        };
        return new ConditionResult
        {
            Code = Code, Kind = Kind, Outcome = outcome, Sentence = sentence, Expected = $"不满足“{Child.Label ?? Child.Code}”",
            Source = Source, Children = [inner], MissingFacts = inner.MissingFacts, PendingAttestations = inner.PendingAttestations,
        };
    }
}
