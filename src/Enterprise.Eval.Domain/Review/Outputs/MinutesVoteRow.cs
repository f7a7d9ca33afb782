namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>
/// The 表决结果 of one candidate as the minutes record it. Detail names each member's vote for an open ballot, and
/// for a secret ballot only who voted.
/// </summary>
public sealed record MinutesVoteRow(
    string Candidate,
    string BallotKind,
    int Members,
    int Recused,
    int Present,
    int For,
    int Against,
    int Abstain,
    decimal? ForPercent,
    string Conclusion,
    string Detail);
