using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Review.Voting;

/// <summary>
/// How a committee vote is decided. PassShare is a threshold on 同意 / denominator ("同意票率在50%以上" → AtLeast 1/2,
/// "超过半数" → MoreThan 1/2). Quorum, when set, is a threshold on eligible members present / eligible members
/// ("到会人数不少于三分之二" → AtLeast 2/3); without one, a vote needs at least one eligible member present.
/// </summary>
public sealed record VotingRules(BallotKind Kind, Threshold PassShare, VoteDenominator Denominator, Threshold? Quorum = null)
{
    /// <summary>温州 001: 票决制，同意票率在50%以上的为通过 — taken of all eligible members, secret ballot.</summary>
    public static VotingRules Wenzhou { get; } =
        new(BallotKind.Secret, Share.Percent(50, Comparison.AtLeast), VoteDenominator.AllEligibleMembers);
}
