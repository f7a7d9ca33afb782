namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// A small rule with parameters that a scheme file composes. It returns an outcome with a trace and never throws
/// for missing or odd facts: those are <see cref="ConditionOutcome.Unknown"/>.
/// </summary>
public abstract record Condition
{
    /// <summary>The name the scheme gives it (or a generated path for inline children).</summary>
    public required string Code { get; init; }
    /// <summary>Chinese label shown in traces, e.g. 品德条件; optional.</summary>
    public string? Label { get; init; }
    /// <summary>The seed clause the rule comes from, e.g. "004 一(二)1".</summary>
    public string? Source { get; init; }

    public abstract string Kind { get; }

    public abstract ConditionResult Evaluate(EvaluationContext context);

    protected ConditionResult Result(ConditionOutcome outcome, string sentence, string expected = "", string actual = "",
        IReadOnlyList<string>? used = null, IReadOnlyList<string>? missing = null, IReadOnlyList<string>? pending = null) => new()
    {
        Code = Code, Kind = Kind, Outcome = outcome, Sentence = sentence, Expected = expected, Actual = actual,
        Source = Source, FactsUsed = used ?? [], MissingFacts = missing ?? [], PendingAttestations = pending ?? [],
    };

    protected ConditionResult Missing(string sentence, params string[] missing) =>
        Result(ConditionOutcome.Unknown, sentence, missing: missing);

    protected static ConditionOutcome MetIf(bool met) => met ? ConditionOutcome.Met : ConditionOutcome.NotMet;
}
