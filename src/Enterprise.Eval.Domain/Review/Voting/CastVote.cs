namespace Enterprise.Eval.Domain.Review.Voting;

/// <summary>One member's vote, shown only for open ballots.</summary>
public sealed record CastVote(Guid MemberId, VoteChoice Choice, DateTimeOffset CastAt);
