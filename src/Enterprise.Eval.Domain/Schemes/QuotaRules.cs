using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// Caps on how many may be put forward: per occupation, and per unit by how many holders of
/// <see cref="UnitTierLevel"/> the unit has in that occupation.
/// </summary>
public sealed record QuotaRules
{
    public static readonly QuotaRules None = new();

    public IReadOnlyList<OccupationQuota> PerOccupation { get; init; } = [];
    public SkillLevel? UnitTierLevel { get; init; }
    public IReadOnlyList<QuotaTier> UnitTiers { get; init; } = [];
    /// <summary>南通: 往年未通过综合评审者不占指标.</summary>
    public bool FailedApplicantsUseNoQuota { get; init; }
    public string? Source { get; init; }

    public QuotaTier? TierFor(int holders) => UnitTiers.FirstOrDefault(t => t.Contains(holders));
}
