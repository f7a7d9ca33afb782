using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Publicity;

/// <summary>
/// One person on the published list, as a snapshot taken when publicity starts. It holds only what the notice may
/// show (name, gender, department, occupation, level): never an ID or phone number.
/// </summary>
public sealed class PublicityEntry
{
    // For persistence.
    private PublicityEntry()
    {
    }

    public PublicityEntry(Guid applicationId, Guid employeeId, string name, Gender gender, string department, string occupationName, SkillLevel level)
    {
        if (applicationId == Guid.Empty) throw new ArgumentException("An entry needs its application.", nameof(applicationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ApplicationId = applicationId;
        EmployeeId = employeeId;
        Name = name.Trim();
        Gender = gender;
        Department = department?.Trim() ?? "";
        OccupationName = occupationName?.Trim() ?? "";
        Level = level;
    }

    public Guid ApplicationId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    public string Department { get; private set; } = "";
    public string OccupationName { get; private set; } = "";
    public SkillLevel Level { get; private set; }

    /// <summary>Set when an upheld objection takes the candidate off the list; the reason is HR's.</summary>
    public string? RemovedReason { get; private set; }

    public bool IsRemoved => RemovedReason is not null;

    internal void Remove(string reason) => RemovedReason = reason;
}
