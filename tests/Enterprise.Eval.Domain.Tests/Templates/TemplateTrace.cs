using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Templates;

/// <summary>Loads shipped templates and digs sentences out of a verdict's trace.</summary>
internal static class TemplateTrace
{
    /// <summary>Parses a template with the scheme file parser (what `scheme check` runs), failing on any error.</summary>
    public static Scheme Load(string relative) => RepoFiles.LoadScheme(relative);

    /// <summary>Every sentence of every route's trace, nested children included.</summary>
    public static IReadOnlyList<string> Sentences(Verdict verdict) =>
        verdict.Routes.SelectMany(r => r.Results).SelectMany(Flatten).Select(r => r.Sentence).ToList();

    public static ConditionOutcome RouteOutcome(Verdict verdict, string routeId) =>
        verdict.Routes.Single(r => r.Route.Id == routeId).Outcome;

    public static void HasSentence(Verdict verdict, string fragment) =>
        Assert.True(Sentences(verdict).Any(s => s.Contains(fragment, StringComparison.Ordinal)),
            $"no trace sentence contains “{fragment}”:{Environment.NewLine}{string.Join(Environment.NewLine, Sentences(verdict))}");

    public static Dictionary<string, Attestation> Attest(params (string Item, bool Yes)[] items) =>
        items.ToDictionary(i => i.Item, i => new Attestation(i.Yes, i.Yes ? "经单位考核确认" : "经核查不符合"));

    /// <summary>The attestations of <paramref name="facts"/> with <paramref name="items"/> added or replaced.</summary>
    public static Dictionary<string, Attestation> AttestMore(ApplicantFacts facts, params (string Item, bool Yes)[] items)
    {
        var all = new Dictionary<string, Attestation>(facts.Attestations);
        foreach (var (item, attestation) in Attest(items)) all[item] = attestation;
        return all;
    }

    private static IEnumerable<ConditionResult> Flatten(ConditionResult result) => result.Children.SelectMany(Flatten).Prepend(result);
}
