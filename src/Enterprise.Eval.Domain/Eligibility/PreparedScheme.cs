using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Eligibility;

/// <summary>
/// What the engine needs from a scheme before it screens anyone: the routes in evaluation order with the conditions
/// each checks, and the Chinese names of condition codes and attested items. A scheme is immutable, so this is worked
/// out once (<see cref="EligibilityEngine.Prepare"/>) and reused for every applicant of a screening.
/// </summary>
public sealed class PreparedScheme
{
    private readonly Dictionary<string, string> _attestedItemNames = new(StringComparer.Ordinal);

    internal PreparedScheme(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Scheme = scheme;
        var routes = scheme.Eligibility.Routes;
        // Direct confirmation first, then standard, then relaxation; each kind in file order (OrderBy is stable).
        Routes = [.. routes.OrderBy(r => r.Kind switch { RouteKind.DirectConfirmation => 0, RouteKind.Standard => 1, _ => 2 })];
        Requirements = [.. Routes.Select(r => r.EffectiveRequirements(routes).ToArray())];
        // The first attested condition that names an item gives its name (conditions in file order, parents before children).
        foreach (var attested in scheme.Eligibility.Conditions.Values.SelectMany(Flatten).OfType<AttestedCondition>())
            _attestedItemNames.TryAdd(attested.Item, attested.ItemName);
    }

    public Scheme Scheme { get; }

    /// <summary>The routes in the order the engine evaluates them.</summary>
    public IReadOnlyList<Route> Routes { get; }

    /// <summary>The condition names each route of <see cref="Routes"/> checks (same index), base route resolved.</summary>
    internal string[][] Requirements { get; }

    /// <summary>The Chinese name of a condition code or attested item: the condition's label, the item's name, else the code.</summary>
    public string NameOf(string code) =>
        Scheme.Eligibility.Conditions.TryGetValue(code, out var condition) && condition.Label is { } label ? label
            : _attestedItemNames.GetValueOrDefault(code) ?? code;

    internal IReadOnlyList<string> NamesOf(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) return [];
        var names = new string[codes.Count];
        for (var i = 0; i < names.Length; i++) names[i] = NameOf(codes[i]);
        return names;
    }

    private static IEnumerable<Condition> Flatten(Condition condition) => condition switch
    {
        CompositeCondition c => c.Children.SelectMany(Flatten).Prepend(c),
        NotCondition n => Flatten(n.Child).Prepend(n),
        _ => [condition],
    };
}
