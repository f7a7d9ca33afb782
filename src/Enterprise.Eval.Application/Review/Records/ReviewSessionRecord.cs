using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review.Voting;

namespace Enterprise.Eval.Application.Review.Records;

/// <summary>
/// The review of one cycle (table <c>review_sessions</c>): the committee's rules and the vote rules copied from the
/// scheme when the review opened (so a later scheme edit cannot change a running review), and the action sequence.
/// Every stored action (convening, recusal, mark, stage close, ballot open/vote/close, override) takes the next
/// <see cref="LastSeq"/>; the domain session is rebuilt by replaying them in that order. LastSeq is also the
/// concurrency token: two writers working from the same state cannot both commit.
/// </summary>
public sealed class ReviewSessionRecord
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid CycleId { get; set; }
    public string CommitteeName { get; set; } = "";
    public string Level { get; set; } = "";
    public int MinSize { get; set; }
    public int MaxSize { get; set; }
    public decimal? ExpertShareValue { get; set; }
    public Comparison? ExpertShareComparison { get; set; }
    public bool OddSizeRequired { get; set; }
    public bool VoteRequired { get; set; }
    public BallotKind BallotKind { get; set; }
    public decimal PassShareValue { get; set; }
    public Comparison PassShareComparison { get; set; }
    public VoteDenominator Denominator { get; set; }
    public decimal? QuorumValue { get; set; }
    public Comparison? QuorumComparison { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ConvenedAt { get; set; }
    public long? ConvenedSeq { get; set; }
    public int? TargetListSize { get; set; }
    public DateTimeOffset? ListComputedAt { get; set; }
    public long LastSeq { get; set; }

    public long NextSeq() => ++LastSeq;
}
