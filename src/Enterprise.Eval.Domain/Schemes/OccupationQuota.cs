using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>A cap per occupation; a null occupation code applies to each occupation separately.</summary>
public sealed record OccupationQuota
{
    public string? OccupationCode { get; init; }
    public required QuotaBasis Basis { get; init; }
    /// <summary>A share (0.15 for 15%) or a number of places, with its inclusiveness (不超过 = AtMost).</summary>
    public required Threshold Limit { get; init; }
    public QuotaStrictness Strictness { get; init; } = QuotaStrictness.Hard;
    public string? Source { get; init; }
}
