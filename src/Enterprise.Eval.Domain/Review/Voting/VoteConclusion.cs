namespace Enterprise.Eval.Domain.Review.Voting;

public enum VoteConclusion
{
    /// <summary>通过.</summary>
    Passed,
    /// <summary>未通过.</summary>
    Failed,
    /// <summary>未达法定人数: too few eligible members present; nothing was decided.</summary>
    NoQuorum,
}
