namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>Places a unit may fill per occupation, by how many 技师 it holds in that occupation (南通 002).</summary>
public sealed class UnitTierTable
{
    private readonly List<UnitQuotaTier> _tiers;

    public UnitTierTable(IEnumerable<UnitQuotaTier> tiers)
    {
        _tiers = tiers.OrderBy(t => t.MinTechnicians).ToList();
        if (_tiers.Count == 0) throw new ArgumentException("A tier table needs tiers.", nameof(tiers));
        for (var i = 1; i < _tiers.Count; i++)
            if (_tiers[i - 1].MaxTechnicians is not { } max || max >= _tiers[i].MinTechnicians)
                throw new ArgumentException("Tiers must not overlap.", nameof(tiers));
    }

    public IReadOnlyList<UnitQuotaTier> Tiers => _tiers;

    /// <summary>南通: ≥20 → 3, 10–19 → 2, 5–9 → 1, ≤4 → 1 but not in consecutive years.</summary>
    public static UnitTierTable Nantong { get; } = new([
        new UnitQuotaTier(0, 4, 1, NotInConsecutiveYears: true),
        new UnitQuotaTier(5, 9, 1),
        new UnitQuotaTier(10, 19, 2),
        new UnitQuotaTier(20, null, 3),
    ]);

    public int PlacesFor(int technicians, bool hadPlaceLastYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(technicians);
        var tier = _tiers.FirstOrDefault(t => t.Covers(technicians));
        if (tier is null) return 0;
        return tier.NotInConsecutiveYears && hadPlaceLastYear ? 0 : tier.Places;
    }
}
