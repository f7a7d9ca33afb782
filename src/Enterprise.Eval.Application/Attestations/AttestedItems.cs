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

    private static IEnumerable<Condition> Flatten(Condition condition) => condition switch
    {
        CompositeCondition c => c.Children.SelectMany(Flatten),
        NotCondition n => Flatten(n.Child),
        _ => [condition],
    };
}
