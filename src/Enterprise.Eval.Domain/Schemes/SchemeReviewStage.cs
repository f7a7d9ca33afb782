using Enterprise.Eval.Domain.Review.Scoring;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// A review stage as the scheme lists it: the review domain's <see cref="StageDefinition"/>, whether the enterprise
/// may leave it out (江苏 004 二(四): the enterprise picks among 业绩评审, 技术攻关, 口头答辩, 企业内表彰), whether
/// it chose to hold an optional one (<see cref="Chosen"/>; a mandatory stage is always held), and its clause.
/// </summary>
public sealed record SchemeReviewStage(StageDefinition Definition, bool Optional = false, string? Source = null, bool Chosen = false)
{
    /// <summary>Held in the review: mandatory, or optional and chosen by the enterprise.</summary>
    public bool IsHeld => !Optional || Chosen;
}
