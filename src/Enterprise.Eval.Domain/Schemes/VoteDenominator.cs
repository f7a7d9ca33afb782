namespace Enterprise.Eval.Domain.Schemes;

/// <summary>What a vote share is a share of.</summary>
public enum VoteDenominator
{
    AllMembers,
    Present,
    VotesCast,
}
