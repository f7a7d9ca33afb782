namespace Enterprise.Eval.Domain.Review.Voting;

/// <summary>What the share of 同意 votes is taken of. Every count leaves out members recused for the candidate.</summary>
public enum VoteDenominator
{
    /// <summary>全体（应到）成员: every eligible voting member, present or not.</summary>
    AllEligibleMembers,
    /// <summary>实到成员: eligible members present at the vote.</summary>
    MembersPresent,
    /// <summary>有效票: ballots cast, abstentions included.</summary>
    VotesCast,
    /// <summary>同意与反对票之和: abstentions left out.</summary>
    ForAndAgainst,
}
