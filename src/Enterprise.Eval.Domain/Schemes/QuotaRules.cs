using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Review.Quotas;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// Caps on how many may be recommended, in the review domain's own types: caps per occupation, unit or region
/// (福建 每个工种占比原则上不超过15%) and per-unit tiers by holders of <see cref="UnitTierLevel"/> (南通).
/// </summary>
public sealed record QuotaRules
{
    public static readonly QuotaRules None = new();

    public IReadOnlyList<QuotaCap> Caps { get; init; } = [];
    public SkillLevel? UnitTierLevel { get; init; }
    public UnitTierTable? UnitTiers { get; init; }
    /// <summary>南通: 往年未通过综合评审者不占指标.</summary>
    public bool FailedApplicantsUseNoQuota { get; init; }
    public string? Source { get; init; }
}
