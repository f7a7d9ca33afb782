namespace Enterprise.Eval.Domain.Review.Voting;

public enum VoteChoice
{
    /// <summary>同意.</summary>
    For,
    /// <summary>反对.</summary>
    Against,
    /// <summary>弃权.</summary>
    Abstain,
}
