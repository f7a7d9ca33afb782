using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Worker.Api;

/// <summary>The screening told at submission: verdict, route, what is missing or failing, and the per-route trace.</summary>
public sealed record ApplicationVerdictView(
    string Kind, string Summary, string? Route, IReadOnlyList<string> MissingFacts, IReadOnlyList<string> PendingAttestations,
    IReadOnlyList<string> FailingReasons, IReadOnlyList<string> Waived, IReadOnlyList<string> PriorityReasons, IReadOnlyList<object> Trace)
{
    public static ApplicationVerdictView Of(Verdict v) => new(
        v.Kind.ToString(), v.Summary, v.Route?.Name, v.MissingFacts, v.PendingAttestationNames, v.FailingReasons, v.WaivedNames, v.PriorityReasons,
        v.Routes.Select(r => (object)new
        {
            route = r.Route.Name, outcome = r.Outcome.ToString(),
            conditions = r.Results.Select(c => new { c.Code, outcome = c.Outcome.ToString(), c.Sentence, c.MissingFacts }),
        }).ToList());
}
