using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Conflicts;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Domain.Review;

/// <summary>
/// The committee review of one cycle: the committee, the candidates before it, its stages and its votes. Every
/// action goes through here so that one place enforces the order (no marks before the committee is convened) and the
/// recusals (a recused member cannot see others' marks for, mark or vote on that candidate).
/// </summary>
public sealed class ReviewSession
{
    private readonly List<ReviewCandidate> _candidates;
    private readonly List<ReviewStage> _stages;
    private readonly Dictionary<Guid, Ballot> _ballots = [];
    private readonly HashSet<Guid> _attendance = [];

    public ReviewSession(Guid id, Committee committee, IEnumerable<ReviewCandidate> candidates,
        IEnumerable<StageDefinition> stages, VotingRules votingRules)
    {
        if (id == Guid.Empty) throw new ArgumentException("A review session needs an id.", nameof(id));
        Id = id;
        Committee = committee ?? throw new ArgumentNullException(nameof(committee));
        _candidates = candidates.ToList();
        if (_candidates.Select(c => c.Id).Distinct().Count() != _candidates.Count)
            throw new ArgumentException("Candidate ids must be unique.", nameof(candidates));
        _stages = stages.Select(d => new ReviewStage(d)).ToList();
        if (_stages.Select(s => s.Definition.Code).Distinct().Count() != _stages.Count)
            throw new ArgumentException("Stage codes must be unique.", nameof(stages));
        VotingRules = votingRules ?? throw new ArgumentNullException(nameof(votingRules));
    }

    public Guid Id { get; }
    public Committee Committee { get; }
    public VotingRules VotingRules { get; }
    public ConflictRegister Conflicts { get; } = new();
    public IReadOnlyList<ReviewCandidate> Candidates => _candidates;
    public IReadOnlyList<ReviewStage> Stages => _stages;
    public IReadOnlyCollection<Guid> Attendance => _attendance;
    public IEnumerable<Ballot> Ballots => _ballots.Values;

    /// <summary>Convenes the committee (all composition rules checked first) and records the roster conflicts.</summary>
    public IReadOnlyList<CompositionViolation> Start(DateTimeOffset at)
    {
        var violations = Committee.Convene(at);
        if (violations.Count == 0) Conflicts.Derive(Committee.Members, _candidates, at);
        return violations;
    }

    public ReviewOutcome DeclareConflict(Guid memberId, Guid candidateId, string reason, DateTimeOffset at)
    {
        if (Committee.Find(memberId) is not { } member) return ReviewRefusals.UnknownMember(memberId);
        if (FindCandidate(candidateId) is not { } candidate) return ReviewRefusals.UnknownCandidate(candidateId);
        if (string.IsNullOrWhiteSpace(reason)) return ReviewRefusals.ReasonRequired();
        // A conflict found late withdraws the member's open marks; a final mark or a cast vote cannot be undone here.
        var ballot = _ballots.GetValueOrDefault(candidateId);
        var finalMark = _stages.Any(s => s.IsClosed && s.MarksFor(candidateId).Any(m => m.MemberId == memberId));
        if (finalMark || ballot?.HasVoted(memberId) == true) return ReviewRefusals.LateRecusal(member.Name, candidate.Name);
        foreach (var stage in _stages) stage.Withdraw(memberId, candidateId);
        ballot?.Recuse(memberId);
        return Conflicts.Declare(member, candidate, reason, at);
    }

    /// <summary>The voting members who may mark and vote on a candidate: the committee minus those recused.</summary>
    public IReadOnlyList<CommitteeMember> EligibleMembers(Guid candidateId) =>
        Committee.VotingMembers.Where(m => !Conflicts.IsRecused(m.Id, candidateId)).ToList();

    public void RecordAttendance(IEnumerable<Guid> presentMemberIds)
    {
        foreach (var id in presentMemberIds)
        {
            if (Committee.Find(id) is not { IsVoting: true }) continue;
            _attendance.Add(id);
            foreach (var ballot in _ballots.Values) ballot.MarkPresent(id);
        }
    }

    public ReviewOutcome Score(string stageCode, Guid memberId, Guid candidateId, decimal score, DateTimeOffset at) =>
        Mark(stageCode, memberId, candidateId, (stage, member) => stage.RecordScore(member, candidateId, score, at));

    public ReviewOutcome Verdict(string stageCode, Guid memberId, Guid candidateId, bool passed, DateTimeOffset at) =>
        Mark(stageCode, memberId, candidateId, (stage, member) => stage.RecordVerdict(member, candidateId, passed, at));

    public ReviewOutcome CloseStage(string stageCode, Guid byMemberId, DateTimeOffset at)
    {
        if (FindStage(stageCode) is not { } stage) return ReviewRefusals.UnknownStage(stageCode);
        if (Committee.Find(byMemberId) is not { Role: CommitteeRole.Chair })
            return ReviewRefusals.OnlyChairCloses(stage.Definition.Name);
        stage.Close(byMemberId, at);
        return ReviewOutcome.Ok;
    }

    /// <summary>Others' marks for a candidate, as a member may see them: refused to anyone recused for that candidate.</summary>
    public ScoreView ViewScores(string stageCode, Guid viewerId, Guid candidateId)
    {
        if (FindStage(stageCode) is not { } stage) return ScoreView.Refused(ReviewRefusals.UnknownStage(stageCode));
        if (Committee.Find(viewerId) is not { } viewer) return ScoreView.Refused(ReviewRefusals.UnknownMember(viewerId));
        if (FindCandidate(candidateId) is not { } candidate) return ScoreView.Refused(ReviewRefusals.UnknownCandidate(candidateId));
        if (Conflicts.IsRecused(viewerId, candidateId))
            return ScoreView.Refused(ReviewRefusals.Recused(viewer.Name, candidate.Name));
        return new ScoreView(ReviewOutcome.Ok, stage.MarksFor(candidateId));
    }

    public CompositeScore CompositeFor(Guid candidateId) =>
        new(candidateId, _stages.Select(s => s.ResultFor(candidateId)).ToList());

    public ReviewOutcome OpenBallot(Guid candidateId)
    {
        if (!Committee.IsConvened) return ReviewRefusals.NotConvened();
        if (FindCandidate(candidateId) is not { } candidate) return ReviewRefusals.UnknownCandidate(candidateId);
        if (_ballots.ContainsKey(candidateId)) return ReviewRefusals.BallotExists(candidate.Name);
        var eligible = EligibleMembers(candidateId).Select(m => m.Id).ToList();
        var recused = Committee.VotingMembers.Count() - eligible.Count;
        _ballots[candidateId] = new Ballot(candidateId, candidate.Name, VotingRules, eligible, recused, _attendance);
        return ReviewOutcome.Ok;
    }

    public ReviewOutcome Vote(Guid candidateId, Guid memberId, VoteChoice choice, DateTimeOffset at)
    {
        if (FindCandidate(candidateId) is not { } candidate) return ReviewRefusals.UnknownCandidate(candidateId);
        if (!_ballots.TryGetValue(candidateId, out var ballot)) return ReviewRefusals.NoBallot(candidate.Name);
        if (Committee.Find(memberId) is not { } member) return ReviewRefusals.UnknownMember(memberId);
        if (!member.IsVoting) return ReviewRefusals.NonVoting(member.Name);
        if (Conflicts.IsRecused(memberId, candidateId)) return ReviewRefusals.Recused(member.Name, candidate.Name);
        return ballot.Cast(memberId, member.Name, choice, at);
    }

    public VoteRecord? CloseBallot(Guid candidateId) => _ballots.GetValueOrDefault(candidateId)?.Close();

    public VoteRecord? VoteRecordFor(Guid candidateId) => _ballots.GetValueOrDefault(candidateId)?.Tally();

    public ReviewCandidate? FindCandidate(Guid candidateId) => _candidates.FirstOrDefault(c => c.Id == candidateId);

    public ReviewStage? FindStage(string stageCode) => _stages.FirstOrDefault(s => s.Definition.Code == stageCode);

    private ReviewOutcome Mark(string stageCode, Guid memberId, Guid candidateId, Func<ReviewStage, Guid, ReviewOutcome> record)
    {
        if (!Committee.IsConvened) return ReviewRefusals.NotConvened();
        if (FindStage(stageCode) is not { } stage) return ReviewRefusals.UnknownStage(stageCode);
        if (Committee.Find(memberId) is not { } member) return ReviewRefusals.UnknownMember(memberId);
        if (!member.IsVoting) return ReviewRefusals.NonVoting(member.Name);
        if (FindCandidate(candidateId) is not { } candidate) return ReviewRefusals.UnknownCandidate(candidateId);
        if (Conflicts.IsRecused(memberId, candidateId)) return ReviewRefusals.Recused(member.Name, candidate.Name);
        return record(stage, memberId);
    }
}
