namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Base of the combinators: evaluates the children and gathers their missing facts and pending items.</summary>
public abstract record CompositeCondition : Condition
{
    public required IReadOnlyList<Condition> Children { get; init; }

    protected ConditionResult Combine(EvaluationContext context, Func<IReadOnlyCollection<ConditionOutcome>, ConditionOutcome> rule, string expected)
    {
        var results = Children.Select(c => c.Evaluate(context)).ToList();
        var outcome = rule(results.Select(r => r.Outcome).ToList());
        var decisive = outcome switch
        {
            ConditionOutcome.Met => results.Where(r => r.IsMet),
            ConditionOutcome.NotMet => results.Where(r => r.Outcome == ConditionOutcome.NotMet),
            _ => results.Where(r => r.Outcome == outcome),
        };
        var sentence = string.Join("；", decisive.Select(r => r.Sentence));
        var label = Label is null ? "" : $"{Label}：";
        return Result(outcome, label + (sentence.Length > 0 ? sentence : expected), expected) with
        {
            Children = results,
            // Only what could still change the outcome is worth asking for.
            MissingFacts = outcome == ConditionOutcome.Unknown ? results.SelectMany(r => r.MissingFacts).Distinct().ToList() : [],
            PendingAttestations = outcome is ConditionOutcome.NeedsAttestation or ConditionOutcome.Unknown
                ? results.SelectMany(r => r.PendingAttestations).Distinct().ToList() : [],
        };
    }
}
