using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Schemes;

/// <summary>
/// How the committee decides: share in favour (温州 同意票率在50%以上 = 0.5 AtLeast) over a stated denominator, the
/// quorum as a share of all members, and the ballot kind.
/// </summary>
public sealed record VoteRule
{
    public required Threshold Threshold { get; init; }
    public VoteDenominator Denominator { get; init; } = VoteDenominator.AllMembers;
    public Threshold? Quorum { get; init; }
    public BallotKind Ballot { get; init; } = BallotKind.Secret;
    public string? Source { get; init; }
}
