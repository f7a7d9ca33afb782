namespace Enterprise.Eval.Domain.Review.Voting;

public enum BallotKind
{
    /// <summary>记名投票: who voted what is part of the record.</summary>
    Open,
    /// <summary>无记名投票: the record shows only that a member voted, never how.</summary>
    Secret,
}
