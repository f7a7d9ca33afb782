namespace Enterprise.Eval.Application.Review.Records;

/// <summary>
/// One member's mark for one candidate in one stage (table <c>review_marks</c>); a pass/fail verdict is 1 or 0. A
/// correction replaces the row (the last mark counts); a late recusal deletes it, as the domain withdraws it.
/// </summary>
public sealed class ReviewMarkRecord
{
    public Guid SessionId { get; set; }
    public string StageCode { get; set; } = "";
    public Guid CandidateId { get; set; }
    public Guid MemberId { get; set; }
    public decimal Score { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public long Seq { get; set; }
}
