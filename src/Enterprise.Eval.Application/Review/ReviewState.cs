using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// A stored review, loaded (tracked) with its domain session rebuilt. Mapping: the rows hold the current state
/// (members, marks, ballots …), and every action row carries the sequence number it was taken at; the session is
/// rebuilt by replaying those actions through the domain in sequence order, so every rule (recusal, closed stage,
/// fixed eligible set of a ballot) is enforced exactly as it was live. Roster-derived recusals are not replayed:
/// convening derives them again. A secret ballot's voters are replayed with choices dealt from its tallies in a fixed
/// order: the domain never shows who chose what on a secret ballot, so every output is the same.
/// </summary>
internal sealed class ReviewState
{
    private ReviewState(ReviewSessionRecord record) => Record = record;

    public ReviewSessionRecord Record { get; }
    public List<ReviewCandidateRecord> Candidates { get; private set; } = [];
    public List<ReviewMemberRecord> Members { get; set; } = [];
    public List<ReviewStageRecord> Stages { get; private set; } = [];
    public List<ReviewRecusalRecord> Recusals { get; private set; } = [];
    public List<ReviewMarkRecord> Marks { get; private set; } = [];
    public List<ReviewBallotRecord> Ballots { get; private set; } = [];
    public List<ReviewVoterRecord> Voters { get; private set; } = [];
    public List<ReviewOverrideRecord> Overrides { get; private set; } = [];
    public ReviewSession Session { get; private set; } = null!;

    public static async Task<ReviewState> LoadAsync(IEvalDbContext db, Guid enterpriseId, Guid cycleId, CancellationToken ct)
    {
        var record = await db.ReviewSessions.FirstOrDefaultAsync(s => s.EnterpriseId == enterpriseId && s.CycleId == cycleId, ct)
            ?? throw new NotFoundException("评审", cycleId.ToString());
        var id = record.Id;
        var state = new ReviewState(record)
        {
            Candidates = await db.ReviewCandidates.Where(x => x.SessionId == id).ToListAsync(ct),
            Members = await db.ReviewMembers.Where(x => x.SessionId == id).ToListAsync(ct),
            Stages = await db.ReviewStages.Where(x => x.SessionId == id).ToListAsync(ct),
            Recusals = await db.ReviewRecusals.Where(x => x.SessionId == id).ToListAsync(ct),
            Marks = await db.ReviewMarks.Where(x => x.SessionId == id).ToListAsync(ct),
            Ballots = await db.ReviewBallots.Where(x => x.SessionId == id).ToListAsync(ct),
            Voters = await db.ReviewVoters.Where(x => x.SessionId == id).ToListAsync(ct),
            Overrides = await db.ReviewOverrides.Where(x => x.SessionId == id).ToListAsync(ct),
        };
        state.Rebuild();
        return state;
    }

    public ReviewCandidateRecord? Candidate(Guid id) => Candidates.FirstOrDefault(c => c.CandidateId == id);

    /// <summary>Builds the domain session from the rows (after loading, and after the committee changes).</summary>
    public void Rebuild()
    {
        var committee = new Committee(Record.Id, Record.CycleId, Record.CommitteeName, ReviewRules.Composition(Record));
        foreach (var m in Members.OrderBy(m => m.Position)) committee.AddMember(Member(m));
        var session = new ReviewSession(Record.Id, committee, Candidates.OrderBy(c => c.Position).Select(DomainCandidate),
            Stages.OrderBy(s => s.Position).Select(ReviewRules.Definition), ReviewRules.Voting(Record));
        foreach (var (_, apply) in Actions().OrderBy(a => a.Seq))
        {
            var outcome = apply(session);
            if (outcome.IsRefused)
                throw new DomainException("EVAL-REVIEW-090", $"评审记录无法还原（{outcome.Code} {outcome.Message}），请联系管理员核查数据");
        }
        Session = session;
    }

    public static ReviewCandidate DomainCandidate(ReviewCandidateRecord c) =>
        new(c.CandidateId, c.Name, c.Unit, c.Department, c.OccupationName.Length > 0 ? c.OccupationName : c.OccupationCode,
            c.AppliedAt, c.LineManagerNumber, c.Region);

    private static CommitteeMember Member(ReviewMemberRecord m) =>
        new(m.MemberId, m.Name, m.Role, m.IsExpert, m.Title, m.Unit, m.Department, m.EmployeeNumber);

    private IEnumerable<(long Seq, Func<ReviewSession, ReviewOutcome> Apply)> Actions()
    {
        if (Record is { ConvenedSeq: { } convenedSeq, ConvenedAt: { } convenedAt })
            yield return (convenedSeq, s => s.Start(convenedAt) is { Count: > 0 } v
                ? ReviewOutcome.Refused(v[0].Code, v[0].Message) : ReviewOutcome.Ok);
        foreach (var m in Members.Where(m => m.PresentSeq is not null))
            yield return (m.PresentSeq!.Value, s => { s.RecordAttendance([m.MemberId]); return ReviewOutcome.Ok; });
        foreach (var r in Recusals.Where(r => r.Source == ConflictSource.Declared))
            yield return (r.Seq, s => s.DeclareConflict(r.MemberId, r.CandidateId, r.Reason, r.RecordedAt));
        var kinds = Stages.ToDictionary(s => s.Code, s => s.Kind);
        foreach (var m in Marks)
            yield return (m.Seq, s => kinds.GetValueOrDefault(m.StageCode) == StageKind.PassFail
                ? s.Verdict(m.StageCode, m.MemberId, m.CandidateId, m.Score == 1m, m.RecordedAt)
                : s.Score(m.StageCode, m.MemberId, m.CandidateId, m.Score, m.RecordedAt));
        foreach (var st in Stages.Where(s => s is { IsClosed: true, ClosedSeq: not null, ClosedBy: not null }))
            yield return (st.ClosedSeq!.Value, s => s.CloseStage(st.Code, st.ClosedBy!.Value, st.ClosedAt ?? Record.OpenedAt));
        foreach (var b in Ballots)
        {
            yield return (b.OpenedSeq, s => s.OpenBallot(b.CandidateId));
            var dealt = new Queue<VoteChoice>(Enumerable.Repeat(VoteChoice.For, b.ForCount)
                .Concat(Enumerable.Repeat(VoteChoice.Against, b.AgainstCount))
                .Concat(Enumerable.Repeat(VoteChoice.Abstain, b.AbstainCount)));
            foreach (var v in Voters.Where(v => v.CandidateId == b.CandidateId).OrderBy(v => v.Seq))
            {
                var choice = v.Choice ?? (dealt.Count > 0 ? dealt.Dequeue() : VoteChoice.Abstain);
                yield return (v.Seq, s => s.Vote(v.CandidateId, v.MemberId, choice, v.CastAt));
            }
            if (b is { IsClosed: true, ClosedSeq: { } closedSeq })
                yield return (closedSeq, s => s.CloseBallot(b.CandidateId) is null
                    ? ReviewOutcome.Refused("EVAL-VOTE-004", "表决记录缺失") : ReviewOutcome.Ok);
        }
    }
}
