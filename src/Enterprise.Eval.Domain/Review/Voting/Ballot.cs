namespace Enterprise.Eval.Domain.Review.Voting;

/// <summary>
/// The vote on one candidate. Its eligible members are fixed when it opens (voting members minus those recused), so
/// a later recusal cannot silently change the denominator of a running vote. A tie is simply the outcome the
/// threshold gives it; missing quorum is <see cref="VoteConclusion.NoQuorum"/>, not an error.
/// </summary>
public sealed class Ballot
{
    private readonly HashSet<Guid> _eligible;
    private readonly HashSet<Guid> _present;
    private readonly Dictionary<Guid, CastVote> _votes = [];

    public Ballot(Guid candidateId, string candidateName, VotingRules rules, IEnumerable<Guid> eligibleMembers,
        int recused, IEnumerable<Guid> presentMembers)
    {
        CandidateId = candidateId;
        CandidateName = candidateName;
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _eligible = [.. eligibleMembers];
        _present = [.. presentMembers.Where(_eligible.Contains)];
        Recused = recused;
    }

    public Guid CandidateId { get; }
    public string CandidateName { get; }
    public VotingRules Rules { get; }
    public int Recused { get; private set; }
    public bool IsClosed { get; private set; }
    public IReadOnlyCollection<Guid> EligibleMembers => _eligible;

    public bool IsEligible(Guid memberId) => _eligible.Contains(memberId);

    /// <summary>Casting a vote implies presence. Eligibility is checked by the caller, which can name the reason.</summary>
    public ReviewOutcome Cast(Guid memberId, string memberName, VoteChoice choice, DateTimeOffset at)
    {
        if (IsClosed) return ReviewRefusals.BallotClosed(CandidateName);
        if (!_eligible.Contains(memberId)) return ReviewRefusals.Recused(memberName, CandidateName);
        if (_votes.ContainsKey(memberId)) return ReviewRefusals.AlreadyVoted(memberName, CandidateName);
        _votes[memberId] = new CastVote(memberId, choice, at);
        _present.Add(memberId);
        return ReviewOutcome.Ok;
    }

    /// <summary>Records a member's presence (late arrival); ignored for members not eligible on this candidate.</summary>
    public void MarkPresent(Guid memberId)
    {
        if (!IsClosed && _eligible.Contains(memberId)) _present.Add(memberId);
    }

    public bool HasVoted(Guid memberId) => _votes.ContainsKey(memberId);

    /// <summary>Takes a member out of a running ballot after a late recusal; false once they have voted.</summary>
    public bool Recuse(Guid memberId)
    {
        if (_votes.ContainsKey(memberId)) return false;
        if (_eligible.Remove(memberId)) Recused++;
        _present.Remove(memberId);
        return true;
    }

    public VoteRecord Close()
    {
        IsClosed = true;
        return Tally();
    }

    public VoteRecord Tally()
    {
        var members = _eligible.Count;
        var present = _present.Count;
        var votesFor = _votes.Values.Count(v => v.Choice == VoteChoice.For);
        var against = _votes.Values.Count(v => v.Choice == VoteChoice.Against);
        var abstain = _votes.Values.Count(v => v.Choice == VoteChoice.Abstain);
        var denominator = Rules.Denominator switch
        {
            VoteDenominator.AllEligibleMembers => members,
            VoteDenominator.MembersPresent => present,
            VoteDenominator.VotesCast => votesFor + against + abstain,
            VoteDenominator.ForAndAgainst => votesFor + against,
            _ => throw new InvalidOperationException($"Unknown denominator {Rules.Denominator}."),
        };
        var quorate = present > 0 && (Rules.Quorum is not { } quorum || quorum.IsMetBy(Share.Of(present, members)));
        decimal? share = denominator > 0 ? Share.Of(votesFor, denominator) : null;
        var conclusion = !quorate ? VoteConclusion.NoQuorum
            : share is { } s && Rules.PassShare.IsMetBy(s) ? VoteConclusion.Passed
            : VoteConclusion.Failed;
        var votes = Rules.Kind == BallotKind.Open ? _votes.Values.OrderBy(v => v.CastAt).ToList() : [];
        // A secret ballot lists voters in a fixed order unrelated to casting time, so order cannot betray a vote.
        var voters = _votes.Keys.Order().ToList();
        return new VoteRecord(CandidateId, CandidateName, Rules.Kind, Rules.Denominator, members, Recused, present,
            votesFor, against, abstain, denominator, share,
            conclusion, votesFor == against && votesFor > 0, IsClosed, voters, votes);
    }
}
