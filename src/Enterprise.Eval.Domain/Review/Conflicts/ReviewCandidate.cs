namespace Enterprise.Eval.Domain.Review.Conflicts;

/// <summary>
/// An applicant as the committee sees them: roster data for conflicts (unit, department, the line manager's employee
/// number), occupation and region for quotas, and the application instant for tie-breaks. No ID number: the review
/// never needs one.
/// </summary>
public sealed record ReviewCandidate
{
    public ReviewCandidate(Guid id, string name, string unit, string department, string occupation,
        DateTimeOffset appliedAt, string? lineManagerEmployeeNumber = null, string? region = null)
    {
        if (id == Guid.Empty) throw new ArgumentException("A candidate needs an id.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A candidate needs a name.", nameof(name));
        Id = id;
        Name = name.Trim();
        Unit = (unit ?? "").Trim();
        Department = (department ?? "").Trim();
        Occupation = (occupation ?? "").Trim();
        AppliedAt = appliedAt;
        LineManagerEmployeeNumber = string.IsNullOrWhiteSpace(lineManagerEmployeeNumber) ? null : lineManagerEmployeeNumber.Trim();
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
    }

    public Guid Id { get; }
    public string Name { get; }
    public string Unit { get; }
    public string Department { get; }
    public string Occupation { get; }
    public DateTimeOffset AppliedAt { get; }
    public string? LineManagerEmployeeNumber { get; }
    public string? Region { get; }
}
