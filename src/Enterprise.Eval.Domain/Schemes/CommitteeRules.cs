using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>Who may sit on the review committee: size bounds, share of experts (温州 专家不少于三分之二), odd size.</summary>
public sealed record CommitteeRules
{
    public int? MinSize { get; init; }
    public int? MaxSize { get; init; }
    public Threshold? ExpertShare { get; init; }
    public bool OddSizeRequired { get; init; }
    public string? Source { get; init; }
}
