namespace Enterprise.Eval.Application.Review.Records;

/// <summary>
/// The ballot on one candidate (table <c>review_ballots</c>) with its tallies. For a secret ballot the tallies are
/// the only place choices are kept: the voter rows (<see cref="ReviewVoterRecord"/>) say who has voted, never how,
/// so no row links a member to a choice.
/// </summary>
public sealed class ReviewBallotRecord
{
    public Guid SessionId { get; set; }
    public Guid CandidateId { get; set; }
    public long OpenedSeq { get; set; }
    public bool IsClosed { get; set; }
    public long? ClosedSeq { get; set; }
    public int ForCount { get; set; }
    public int AgainstCount { get; set; }
    public int AbstainCount { get; set; }
}
