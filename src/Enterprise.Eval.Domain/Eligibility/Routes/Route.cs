namespace Enterprise.Eval.Domain.Eligibility.Routes;

/// <summary>
/// A way to be eligible: the named conditions it requires. A relaxation route starts from <see cref="BaseRoute"/>,
/// drops <see cref="Waives"/>, and adds <see cref="EarnedBy"/> (the achievement that earns the waiver) and its own
/// <see cref="Requires"/>.
/// </summary>
public sealed record Route
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required RouteKind Kind { get; init; }
    public IReadOnlyList<string> Requires { get; init; } = [];
    public string? BaseRoute { get; init; }
    public IReadOnlyList<string> Waives { get; init; } = [];
    public string? EarnedBy { get; init; }
    public string? Source { get; init; }

    /// <summary>The condition names this route checks, base route resolved.</summary>
    public IReadOnlyList<string> EffectiveRequirements(IReadOnlyList<Route> all)
    {
        var list = new List<string>();
        if (Kind == RouteKind.Relaxation && BaseRoute is not null && all.FirstOrDefault(r => r.Id == BaseRoute) is { } baseRoute)
            list.AddRange(baseRoute.Requires.Where(c => !Waives.Contains(c)));
        list.AddRange(Requires);
        if (EarnedBy is not null) list.Add(EarnedBy);
        return list.Distinct().ToList();
    }
}
