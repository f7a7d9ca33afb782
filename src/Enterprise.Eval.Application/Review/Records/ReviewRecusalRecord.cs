using Enterprise.Eval.Domain.Review.Conflicts;

namespace Enterprise.Eval.Application.Review.Records;

/// <summary>
/// A recusal (table <c>review_recusals</c>). Roster-derived ones are stored for reading and re-derived on replay
/// (convening derives them); declared ones are replayed in their sequence.
/// </summary>
public sealed class ReviewRecusalRecord
{
    public Guid SessionId { get; set; }
    public Guid MemberId { get; set; }
    public Guid CandidateId { get; set; }
    public ConflictSource Source { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public long Seq { get; set; }
}
