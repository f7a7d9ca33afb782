using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Routes;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// Named conditions, the routes that combine them, and the priority markers (江苏 优先考虑) that flag an eligible
/// applicant without changing eligibility.
/// </summary>
public sealed record EligibilityRules(
    IReadOnlyDictionary<string, Condition> Conditions,
    IReadOnlyList<Route> Routes,
    IReadOnlyList<PriorityMarker> PriorityMarkers);
