using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Roster;

/// <summary>One validated roster row: the employee as HR's roster states them.</summary>
public sealed record EmployeeRecord(
    string EmployeeNumber,
    string Name,
    string IdNumber,
    string Department,
    string OccupationCode,
    string OccupationName,
    string? WorkType,
    SkillLevel SkillLevel,
    DateOnly? SkillLevelObtainedOn,
    DateOnly? PostStartedOn,
    DateOnly? WorkStartedOn,
    string? Education,
    string? TitleName,
    string? TitleRank,
    string? Email,
    string? Mobile,
    string? LineManagerNumber)
{
    /// <summary>For audit records and logs: the same record with ID and mobile masked by the one rule.</summary>
    public EmployeeRecord Masked() => this with { IdNumber = PersonalDataMask.IdNumber(IdNumber), Mobile = PersonalDataMask.Mobile(Mobile) };

    /// <summary>Masked on purpose: records must not leak personal data through interpolation into logs.</summary>
    public override string ToString() => $"EmployeeRecord {{ {EmployeeNumber} {Name} {PersonalDataMask.IdNumber(IdNumber)} }}";
}
