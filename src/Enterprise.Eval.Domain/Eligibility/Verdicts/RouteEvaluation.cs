using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Routes;

namespace Enterprise.Eval.Domain.Eligibility.Verdicts;

/// <summary>One route's outcome with the trace of every condition it required.</summary>
public sealed record RouteEvaluation(Route Route, ConditionOutcome Outcome, IReadOnlyList<ConditionResult> Results)
{
    public IEnumerable<ConditionResult> Failing => Results.Where(r => r.Outcome == ConditionOutcome.NotMet);
    /// <summary>The missing facts of all results, without duplicates. Worked out on each read: read it once.</summary>
    public IReadOnlyList<string> MissingFacts => TraceLists.Union(Results, r => r.MissingFacts);
    /// <summary>The pending items of all results, without duplicates. Worked out on each read: read it once.</summary>
    public IReadOnlyList<string> PendingAttestations => TraceLists.Union(Results, r => r.PendingAttestations);
}
