using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Eligibility;

/// <summary>
/// Screens one applicant against a scheme: evaluates every route (direct confirmation first, then standard, then
/// relaxation, each in file order) and picks the verdict. It knows no province; all rules come from the scheme.
/// To screen many applicants, <see cref="Prepare"/> the scheme once and pass the result to every call.
/// </summary>
public static class EligibilityEngine
{
    /// <summary>Works out once what depends only on the scheme (route order, route requirements, item names).</summary>
    public static PreparedScheme Prepare(Scheme scheme) => new(scheme);

    public static Verdict Evaluate(Scheme scheme, ApplicantFacts facts, DateOnly windowClose)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return Evaluate(Prepare(scheme), facts, windowClose);
    }

    public static Verdict Evaluate(PreparedScheme prepared, ApplicantFacts facts, DateOnly windowClose)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(facts);
        var scheme = prepared.Scheme;
        var referenceDate = scheme.ReferenceDate.Resolve(windowClose);
        var context = new EvaluationContext(facts, referenceDate, scheme);

        var evaluations = new RouteEvaluation[prepared.Routes.Count];
        for (var i = 0; i < evaluations.Length; i++)
            evaluations[i] = EvaluateRoute(prepared.Routes[i], prepared.Requirements[i], context);

        var met = Array.Find(evaluations, e => e.Outcome == ConditionOutcome.Met);
        if (met is not null)
            return Eligible(met, evaluations, prepared, context);

        var pending = Array.Find(evaluations, e => e.Outcome == ConditionOutcome.NeedsAttestation);
        if (pending is not null)
        {
            var items = pending.PendingAttestations;
            var names = prepared.NamesOf(items);
            return new Verdict
            {
                Kind = VerdictKind.NeedsAttestation, ReferenceDate = referenceDate, Route = pending.Route,
                PendingAttestations = items, Routes = evaluations, PendingAttestationNames = names,
                PriorityReasons = PriorityReasons(scheme, context),
                Summary = $"{pending.Route.Name}：待人事部门确认{string.Join("、", names)}",
            };
        }

        var open = Array.FindAll(evaluations, e => e.Outcome == ConditionOutcome.Unknown);
        if (open.Length > 0)
        {
            // The same as each open route's own lists joined without duplicates, gathered in one pass over their traces.
            var openResults = open.Length == 1 ? open[0].Results : [.. open.SelectMany(e => e.Results)];
            var missing = TraceLists.Union(openResults, r => r.MissingFacts);
            var openItems = TraceLists.Union(openResults, r => r.PendingAttestations);
            return new Verdict
            {
                Kind = VerdictKind.Undetermined, ReferenceDate = referenceDate, MissingFacts = missing,
                PendingAttestations = openItems, PendingAttestationNames = prepared.NamesOf(openItems),
                FailingReasons = FailingReasons(evaluations), Routes = evaluations,
                Summary = $"信息不全，无法判断：缺少{string.Join("、", missing)}",
            };
        }

        var reasons = FailingReasons(evaluations);
        return new Verdict
        {
            Kind = VerdictKind.Ineligible, ReferenceDate = referenceDate, FailingReasons = reasons, Routes = evaluations,
            Summary = reasons.Count > 0 ? $"不符合申报条件：{reasons[0]}" : "不符合申报条件：方案未定义任何申报途径",
        };
    }

    private static RouteEvaluation EvaluateRoute(Route route, string[] requirements, EvaluationContext context)
    {
        var results = new ConditionResult[requirements.Length];
        for (var i = 0; i < results.Length; i++) results[i] = context.EvaluateNamed(requirements[i], requirements[i]);
        return new RouteEvaluation(route, OutcomeAlgebra.All(results), results);
    }

    private static Verdict Eligible(RouteEvaluation met, IReadOnlyList<RouteEvaluation> all, PreparedScheme prepared, EvaluationContext context)
    {
        var route = met.Route;
        var waived = route.Kind == RouteKind.Relaxation ? route.Waives : [];
        var waivedNames = prepared.NamesOf(waived);
        var priority = PriorityReasons(prepared.Scheme, context);
        var (kind, summary) = route.Kind switch
        {
            RouteKind.DirectConfirmation => (VerdictKind.DirectlyConfirmed, $"符合{route.Name}，可直接确认"),
            RouteKind.Relaxation => (VerdictKind.EligibleByRelaxation, $"经{RelaxationName(route.Name)}符合条件（放宽：{string.Join("、", waivedNames)}）"),
            _ => (VerdictKind.EligibleStandard, $"符合{route.Name}"),
        };
        if (priority.Count > 0) summary += $"；优先考虑：{string.Join("、", priority)}";
        return new Verdict
        {
            Kind = kind, ReferenceDate = context.ReferenceDate, Route = route, Waived = waived, WaivedNames = waivedNames,
            PriorityReasons = priority, Routes = all, Summary = summary,
        };
    }

    // Templates name relaxation routes as the documents do (学历破格); only a name without the word gets it appended.
    private static string RelaxationName(string name) => name.EndsWith("破格", StringComparison.Ordinal) ? name : name + "破格";

    private static IReadOnlyList<string> PriorityReasons(Scheme scheme, EvaluationContext context)
    {
        List<string>? reasons = null;
        foreach (var marker in scheme.Eligibility.PriorityMarkers)
            if (context.EvaluateNamed(marker.Condition, marker.Condition).IsMet) (reasons ??= []).Add(marker.Name);
        return reasons is null ? [] : reasons;
    }

    private static IReadOnlyList<string> FailingReasons(IReadOnlyList<RouteEvaluation> evaluations)
    {
        var reasons = new List<string>();
        foreach (var evaluation in evaluations)
        {
            foreach (var result in evaluation.Results)
            {
                if (result.Outcome != ConditionOutcome.NotMet) continue;
                var reason = $"{evaluation.Route.Name}：{result.Sentence}";
                if (!reasons.Contains(reason)) reasons.Add(reason);
            }
        }
        return reasons;
    }
}
