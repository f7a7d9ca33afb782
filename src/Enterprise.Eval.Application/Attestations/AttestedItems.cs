using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Attestations;

/// <summary>The items a scheme asks HR to attest, so a mistyped item is refused rather than stored and never read.</summary>
public static class AttestedItems
{
    public static IReadOnlyList<string> Of(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return [.. scheme.Eligibility.Conditions.Values.SelectMany(Flatten).OfType<AttestedCondition>().Select(a => a.Item).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Everything HR can settle on an application of the scheme, with the name the scheme gives it: each attested item,
    /// then each required material as <c>material:CODE</c> (the codes AttestationService takes).
    /// </summary>
    public static IReadOnlyList<(string Code, string Name)> Named(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var attested = scheme.Eligibility.Conditions.Values.SelectMany(Flatten).OfType<AttestedCondition>()
            .GroupBy(a => a.Item, StringComparer.Ordinal).Select(g => (g.Key, g.First().ItemName));
        var materials = scheme.Materials.Items.Where(i => i.Required).Select(i => (Applications.ApplicationGate.MaterialItemPrefix + i.Code, $"材料：{i.Name}"));
        return [.. attested, .. materials];
    }

    private static IEnumerable<Condition> Flatten(Condition condition) => condition switch
    {
        CompositeCondition c => c.Children.SelectMany(Flatten),
        NotCondition n => Flatten(n.Child),
        _ => [condition],
    };
}
