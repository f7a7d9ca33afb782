using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Routes;

namespace Enterprise.Eval.Domain.Eligibility.Verdicts;

/// <summary>One route's outcome with the trace of every condition it required.</summary>
public sealed record RouteEvaluation(Route Route, ConditionOutcome Outcome, IReadOnlyList<ConditionResult> Results)
{
    public IEnumerable<ConditionResult> Failing => Results.Where(r => r.Outcome == ConditionOutcome.NotMet);
    public IReadOnlyList<string> MissingFacts => Results.SelectMany(r => r.MissingFacts).Distinct().ToList();
    public IReadOnlyList<string> PendingAttestations => Results.SelectMany(r => r.PendingAttestations).Distinct().ToList();
}
