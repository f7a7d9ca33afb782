namespace Enterprise.Eval.Domain.Eligibility.Conditions;

/// <summary>
/// The trace of one condition: what it expected, what it found, which facts it used or missed, and one Chinese
/// sentence an HR officer can read ("在高级技师岗位工作3年11个月30天，不满4年").
/// </summary>
public sealed record ConditionResult
{
    public required string Code { get; init; }
    public required string Kind { get; init; }
    public required ConditionOutcome Outcome { get; init; }
    public string Expected { get; init; } = "";
    public string Actual { get; init; } = "";
    public required string Sentence { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string> FactsUsed { get; init; } = [];
    public IReadOnlyList<string> MissingFacts { get; init; } = [];
    public IReadOnlyList<string> PendingAttestations { get; init; } = [];
    public IReadOnlyList<ConditionResult> Children { get; init; } = [];

    public bool IsMet => Outcome == ConditionOutcome.Met;
}
