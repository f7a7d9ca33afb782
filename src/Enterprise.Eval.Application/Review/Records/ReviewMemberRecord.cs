using Enterprise.Eval.Domain.Review.Committees;

namespace Enterprise.Eval.Application.Review.Records;

/// <summary>A committee member (table <c>review_members</c>): a person the HR platform acts for, not an API key.</summary>
public sealed class ReviewMemberRecord
{
    public Guid SessionId { get; set; }
    public Guid MemberId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public CommitteeRole Role { get; set; }
    public bool IsExpert { get; set; }
    public string? Title { get; set; }
    public string Unit { get; set; } = "";
    public string Department { get; set; } = "";
    public string? EmployeeNumber { get; set; }

    /// <summary>When the member was recorded present at the meeting (null: not recorded; voting still implies presence).</summary>
    public DateTimeOffset? PresentAt { get; set; }

    /// <summary>The action sequence number of that record, so replay marks presence on the ballots open at the time.</summary>
    public long? PresentSeq { get; set; }
}
