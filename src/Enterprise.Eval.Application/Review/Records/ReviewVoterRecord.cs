using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Application.Review.Records;

/// <summary>
/// "Has voted" (table <c>review_voters</c>). Choice is filled only for open (记名) ballots; for a secret ballot it
/// stays null and the choice exists only in the ballot's tallies.
/// </summary>
public sealed class ReviewVoterRecord
{
    public Guid SessionId { get; set; }
    public Guid CandidateId { get; set; }
    public Guid MemberId { get; set; }
    public VoteChoice? Choice { get; set; }
    public DateTimeOffset CastAt { get; set; }
    public long Seq { get; set; }
}
