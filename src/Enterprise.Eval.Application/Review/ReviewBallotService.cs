using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// Ballots on candidates. A secret ballot's choices go only into the ballot's tallies; the voter row and the audit
/// record say that a member voted, never how.
/// </summary>
public sealed class ReviewBallotService(ReviewUnitOfWork work)
{
    public async Task<ReviewOutcome> OpenBallotAsync(Guid enterpriseId, Guid cycleId, Guid candidateId, string actor,
        CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var outcome = state.Session.OpenBallot(candidateId);
        if (outcome.IsRefused) return outcome;
        work.Db.ReviewBallots.Add(new ReviewBallotRecord
        {
            SessionId = state.Record.Id, CandidateId = candidateId, OpenedSeq = state.Record.NextSeq(),
        });
        var eligible = state.Session.Ballots.First(b => b.CandidateId == candidateId).EligibleMembers.Count;
        await work.CommitAsync(state, actor, "review.ballot.opened", new { candidateId, eligibleMembers = eligible }, ct);
        return outcome;
    }

    public async Task<ReviewOutcome> CastAsync(Guid enterpriseId, Guid cycleId, Guid candidateId, Guid memberId,
        VoteChoice choice, string actor, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        var now = work.Now;
        var outcome = state.Session.Vote(candidateId, memberId, choice, now);
        if (outcome.IsRefused) return outcome;
        var ballot = state.Ballots.First(b => b.CandidateId == candidateId);
        var open = state.Record.BallotKind == BallotKind.Open;
        switch (choice)
        {
            case VoteChoice.For: ballot.ForCount++; break;
            case VoteChoice.Against: ballot.AgainstCount++; break;
            default: ballot.AbstainCount++; break;
        }
        work.Db.ReviewVoters.Add(new ReviewVoterRecord
        {
            SessionId = state.Record.Id, CandidateId = candidateId, MemberId = memberId, Choice = open ? choice : null,
            CastAt = now, Seq = state.Record.NextSeq(),
        });
        object after = open ? new { candidateId, memberId, choice } : new { candidateId, memberId, voted = true };
        await work.CommitAsync(state, actor, "review.vote.cast", after, ct);
        return outcome;
    }

    /// <summary>Closes the ballot and returns its result, or null (with the refusal) when there is none to close.</summary>
    public async Task<(ReviewOutcome Outcome, VoteRecord? Result)> CloseBallotAsync(Guid enterpriseId, Guid cycleId,
        Guid candidateId, string actor, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        if (state.Candidate(candidateId) is not { } candidate) return (ReviewRefusals.UnknownCandidate(candidateId), null);
        var row = state.Ballots.FirstOrDefault(b => b.CandidateId == candidateId);
        if (row is null) return (ReviewRefusals.NoBallot(candidate.Name), null);
        var result = state.Session.CloseBallot(candidateId)!;
        if (row.IsClosed) return (ReviewOutcome.Ok, result);
        row.IsClosed = true;
        row.ClosedSeq = state.Record.NextSeq();
        await work.CommitAsync(state, actor, "review.ballot.closed", new
        {
            candidateId, members = result.Members, result.For, result.Against, result.Abstain, conclusion = result.Conclusion,
        }, ct);
        return (ReviewOutcome.Ok, result);
    }

    public async Task<VoteRecord?> ResultAsync(Guid enterpriseId, Guid cycleId, Guid candidateId, CancellationToken ct = default)
    {
        var state = await work.LoadAsync(enterpriseId, cycleId, ct);
        return state.Session.VoteRecordFor(candidateId);
    }
}
