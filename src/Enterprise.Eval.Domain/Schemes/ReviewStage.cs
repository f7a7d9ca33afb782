using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// One review step (业绩评审, 口头答辩, 综合评审 …). Scored stages state their scale, weight in the total, pass mark and
/// how reviewer scores combine; a trimmed mean needs at least <see cref="TrimmedMinMembers"/> reviewers.
/// </summary>
public sealed record ReviewStage
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required ReviewStageKind Kind { get; init; }
    public decimal? ScaleMax { get; init; }
    public decimal? Weight { get; init; }
    public Threshold? PassMark { get; init; }
    public ScoreAggregation Aggregation { get; init; } = ScoreAggregation.Mean;
    public int? TrimmedMinMembers { get; init; }
    public bool Optional { get; init; }
    public string? Source { get; init; }
}
