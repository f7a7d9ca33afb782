using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Roster;

/// <summary>
/// One person on an enterprise's staff roster, keyed by employee number within the enterprise. Birth date and gender
/// are those of the ID number (the import refuses a row whose columns disagree with it).
/// </summary>
public sealed class Employee
{
    private Employee() { }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string EmployeeNumber { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string IdNumber { get; private set; } = "";
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public string Department { get; private set; } = "";
    public string OccupationCode { get; private set; } = "";
    public string OccupationName { get; private set; } = "";
    public string? WorkType { get; private set; }
    public SkillLevel SkillLevel { get; private set; }
    public DateOnly? SkillLevelObtainedOn { get; private set; }
    public DateOnly? PostStartedOn { get; private set; }
    public DateOnly? WorkStartedOn { get; private set; }
    public string? Education { get; private set; }
    public string? TitleName { get; private set; }
    public string? TitleRank { get; private set; }
    public string? Email { get; private set; }
    public string? Mobile { get; private set; }
    public string? LineManagerNumber { get; private set; }

    public static Employee Hire(Guid enterpriseId, EmployeeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var employee = new Employee { Id = Guid.NewGuid(), EnterpriseId = enterpriseId, EmployeeNumber = record.EmployeeNumber };
        // A new employee has nothing to compare with: take the fields without Apply's before/after snapshots.
        employee.Assign(record);
        return employee;
    }

    /// <summary>Takes the roster's latest version of this person; returns whether anything changed.</summary>
    public bool Apply(EmployeeRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.EmployeeNumber != EmployeeNumber)
            throw new ArgumentException("A roster record can only update the employee with the same number.", nameof(r));
        var before = Snapshot();
        Assign(r);
        return before != Snapshot();
    }

    private void Assign(EmployeeRecord r)
    {
        var id = ResidentIdNumber.Parse(r.IdNumber);
        Name = r.Name;
        IdNumber = id.Value;
        Gender = id.Gender;
        BirthDate = id.BirthDate;
        Department = r.Department;
        OccupationCode = r.OccupationCode;
        OccupationName = r.OccupationName;
        WorkType = r.WorkType;
        SkillLevel = r.SkillLevel;
        SkillLevelObtainedOn = r.SkillLevelObtainedOn;
        PostStartedOn = r.PostStartedOn;
        WorkStartedOn = r.WorkStartedOn;
        Education = r.Education;
        TitleName = r.TitleName;
        TitleRank = r.TitleRank;
        Email = r.Email;
        Mobile = r.Mobile;
        LineManagerNumber = r.LineManagerNumber;
    }

    /// <summary>The record as the roster would give it again (for audit before/after).</summary>
    public EmployeeRecord Snapshot() => new(
        EmployeeNumber, Name, IdNumber, Department, OccupationCode, OccupationName, WorkType, SkillLevel,
        SkillLevelObtainedOn, PostStartedOn, WorkStartedOn, Education, TitleName, TitleRank, Email, Mobile, LineManagerNumber);
}
