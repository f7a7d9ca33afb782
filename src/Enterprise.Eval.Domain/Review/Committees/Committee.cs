namespace Enterprise.Eval.Domain.Review.Committees;

/// <summary>
/// The review committee (or expert panel) of one evaluation cycle. Members may change while it is being formed; it
/// is convened only when its composition passes every rule, and from then on its membership is fixed so that every
/// score and vote is cast by the body that was checked.
/// </summary>
public sealed class Committee
{
    private readonly List<CommitteeMember> _members = [];

    public Committee(Guid id, Guid cycleId, string name, CompositionRules rules)
    {
        if (id == Guid.Empty) throw new ArgumentException("A committee needs an id.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A committee needs a name.", nameof(name));
        Id = id;
        CycleId = cycleId;
        Name = name.Trim();
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
    }

    public Guid Id { get; }
    public Guid CycleId { get; }
    public string Name { get; }
    public CompositionRules Rules { get; }
    public bool IsConvened { get; private set; }
    public DateTimeOffset? ConvenedAt { get; private set; }
    public IReadOnlyList<CommitteeMember> Members => _members;
    public IEnumerable<CommitteeMember> VotingMembers => _members.Where(m => m.IsVoting);
    public CommitteeMember? Chair => _members.FirstOrDefault(m => m.Role == CommitteeRole.Chair);

    public CommitteeMember? Find(Guid memberId) => _members.FirstOrDefault(m => m.Id == memberId);

    public ReviewOutcome AddMember(CommitteeMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (IsConvened) return ReviewRefusals.CommitteeFixed(Name);
        if (_members.Any(m => m.Id == member.Id))
            return ReviewOutcome.Refused("EVAL-REVIEW-005", $"成员“{member.Name}”已在评审委员会中");
        _members.Add(member);
        return ReviewOutcome.Ok;
    }

    public ReviewOutcome RemoveMember(Guid memberId)
    {
        if (IsConvened) return ReviewRefusals.CommitteeFixed(Name);
        return _members.RemoveAll(m => m.Id == memberId) > 0
            ? ReviewOutcome.Ok
            : ReviewRefusals.UnknownMember(memberId);
    }

    public IReadOnlyList<CompositionViolation> CheckComposition() => CompositionCheck.Run(Rules, _members);

    /// <summary>Convenes the committee if its composition is valid; otherwise returns every violation and stays open.</summary>
    public IReadOnlyList<CompositionViolation> Convene(DateTimeOffset at)
    {
        if (IsConvened) return [];
        var violations = CheckComposition();
        if (violations.Count > 0) return violations;
        IsConvened = true;
        ConvenedAt = at;
        return violations;
    }
}
