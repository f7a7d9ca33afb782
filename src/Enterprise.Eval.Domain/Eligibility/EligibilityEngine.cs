using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Eligibility;

/// <summary>
/// Screens one applicant against a scheme: evaluates every route (direct confirmation first, then standard, then
/// relaxation, each in file order) and picks the verdict. It knows no province; all rules come from the scheme.
/// </summary>
public static class EligibilityEngine
{
    public static Verdict Evaluate(Scheme scheme, ApplicantFacts facts, DateOnly windowClose)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(facts);
        var referenceDate = scheme.ReferenceDate.Resolve(windowClose);
        var context = new EvaluationContext(facts, referenceDate, scheme);
        var routes = scheme.Eligibility.Routes;

        var evaluations = routes
            .OrderBy(r => r.Kind switch { RouteKind.DirectConfirmation => 0, RouteKind.Standard => 1, _ => 2 })
            .Select(route => EvaluateRoute(route, routes, context))
            .ToList();

        var met = evaluations.FirstOrDefault(e => e.Outcome == ConditionOutcome.Met);
        if (met is not null)
            return Eligible(met, evaluations, scheme, context);

        var pending = evaluations.FirstOrDefault(e => e.Outcome == ConditionOutcome.NeedsAttestation);
        if (pending is not null)
        {
            return new Verdict
            {
                Kind = VerdictKind.NeedsAttestation, ReferenceDate = referenceDate, Route = pending.Route,
                PendingAttestations = pending.PendingAttestations, Routes = evaluations,
                PendingAttestationNames = Names(scheme, pending.PendingAttestations),
                PriorityReasons = PriorityReasons(scheme, context),
                Summary = $"{pending.Route.Name}：待人事部门确认{ItemNames(scheme, pending.PendingAttestations)}",
            };
        }

        var open = evaluations.Where(e => e.Outcome == ConditionOutcome.Unknown).ToList();
        if (open.Count > 0)
        {
            var missing = open.SelectMany(e => e.MissingFacts).Distinct().ToList();
            var openItems = open.SelectMany(e => e.PendingAttestations).Distinct().ToList();
            return new Verdict
            {
                Kind = VerdictKind.Undetermined, ReferenceDate = referenceDate, MissingFacts = missing,
                PendingAttestations = openItems, PendingAttestationNames = Names(scheme, openItems),
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

    private static RouteEvaluation EvaluateRoute(Route route, IReadOnlyList<Route> all, EvaluationContext context)
    {
        var results = route.EffectiveRequirements(all).Select(name => context.EvaluateNamed(name, name)).ToList();
        return new RouteEvaluation(route, OutcomeAlgebra.All(results.Select(r => r.Outcome).ToList()), results);
    }

    private static Verdict Eligible(RouteEvaluation met, IReadOnlyList<RouteEvaluation> all, Scheme scheme, EvaluationContext context)
    {
        var route = met.Route;
        var waived = route.Kind == RouteKind.Relaxation ? route.Waives : [];
        var priority = PriorityReasons(scheme, context);
        var (kind, summary) = route.Kind switch
        {
            RouteKind.DirectConfirmation => (VerdictKind.DirectlyConfirmed, $"符合{route.Name}，可直接确认"),
            RouteKind.Relaxation => (VerdictKind.EligibleByRelaxation, $"经{route.Name}破格符合条件（放宽：{ItemNames(scheme, waived)}）"),
            _ => (VerdictKind.EligibleStandard, $"符合{route.Name}"),
        };
        if (priority.Count > 0) summary += $"；优先考虑：{string.Join("、", priority)}";
        return new Verdict
        {
            Kind = kind, ReferenceDate = context.ReferenceDate, Route = route, Waived = waived, WaivedNames = Names(scheme, waived),
            PriorityReasons = priority, Routes = all, Summary = summary,
        };
    }

    private static IReadOnlyList<string> PriorityReasons(Scheme scheme, EvaluationContext context) =>
        scheme.Eligibility.PriorityMarkers
            .Where(m => context.EvaluateNamed(m.Condition, m.Condition).IsMet)
            .Select(m => m.Name)
            .ToList();

    private static IReadOnlyList<string> FailingReasons(IReadOnlyList<RouteEvaluation> evaluations) =>
        evaluations
            .SelectMany(e => e.Failing.Select(r => $"{e.Route.Name}：{r.Sentence}"))
            .Distinct()
            .ToList();

    private static string ItemNames(Scheme scheme, IEnumerable<string> codes) => string.Join("、", Names(scheme, codes));

    private static IReadOnlyList<string> Names(Scheme scheme, IEnumerable<string> codes) =>
        codes.Select(c => scheme.Eligibility.Conditions.TryGetValue(c, out var cond) && cond.Label is { } l ? l
            : FindAttestedName(scheme, c) ?? c).ToList();

    private static string? FindAttestedName(Scheme scheme, string item) =>
        scheme.Eligibility.Conditions.Values.SelectMany(Flatten).OfType<AttestedCondition>().FirstOrDefault(a => a.Item == item)?.ItemName;

    private static IEnumerable<Condition> Flatten(Condition condition) => condition switch
    {
        CompositeCondition c => c.Children.SelectMany(Flatten).Prepend(c),
        NotCondition n => Flatten(n.Child).Prepend(n),
        _ => [condition],
    };
}
