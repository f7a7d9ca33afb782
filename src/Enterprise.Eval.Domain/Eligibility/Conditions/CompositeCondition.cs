namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>Base of the combinators: evaluates the children and gathers their missing facts and pending items.</summary>
public abstract record CompositeCondition : Condition
{
    public required IReadOnlyList<Condition> Children { get; init; }

    protected ConditionResult Combine(EvaluationContext context, Func<IReadOnlyCollection<ConditionOutcome>, ConditionOutcome> rule, string expected)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        // Runs once per condition per applicant: plain arrays and loops, no LINQ chains or intermediate records.
        var results = new ConditionResult[Children.Count];
        var outcomes = new ConditionOutcome[results.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Children[i].Evaluate(context);
            outcomes[i] = results[i].Outcome;
        }
        var outcome = rule(outcomes);
        var sentence = DecisiveSentences(results, outcome);
        var text = sentence.Length > 0 ? sentence : expected;
        return new ConditionResult
        {
            Code = Code, Kind = Kind, Outcome = outcome, Sentence = Label is null ? text : string.Concat(Label, "：", text),
            Expected = expected, Source = Source, Children = results,
            // Only what could still change the outcome is worth asking for.
            MissingFacts = outcome == ConditionOutcome.Unknown ? TraceLists.Union(results, r => r.MissingFacts) : [],
            PendingAttestations = outcome is ConditionOutcome.NeedsAttestation or ConditionOutcome.Unknown
                ? TraceLists.Union(results, r => r.PendingAttestations) : [],
        };
    }

    // The children that decided the outcome are those with that same outcome (met ones for Met, failed ones for NotMet).
    private static string DecisiveSentences(ConditionResult[] results, ConditionOutcome outcome)
    {
        string? first = null;
        var count = 0;
        foreach (var r in results)
        {
            if (r.Outcome != outcome) continue;
            first ??= r.Sentence;
            count++;
        }
        if (count <= 1) return first ?? "";
        var decisive = new string[count];
        var n = 0;
        foreach (var r in results)
            if (r.Outcome == outcome) decisive[n++] = r.Sentence;
        return string.Join("；", decisive);
    }
}
