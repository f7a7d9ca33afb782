namespace Enterprise.Eval.Application.Review.Records;

/// <summary>A candidate before the committee (table <c>review_candidates</c>), as the caller handed it over.</summary>
public sealed class ReviewCandidateRecord
{
    public Guid SessionId { get; set; }
    public Guid CandidateId { get; set; }
    public Guid EmployeeId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string Gender { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Department { get; set; } = "";
    public string OccupationCode { get; set; } = "";
    public string OccupationName { get; set; } = "";
    public string Level { get; set; } = "";
    public DateTimeOffset AppliedAt { get; set; }
    public string? LineManagerNumber { get; set; }
    public string? Region { get; set; }
}
