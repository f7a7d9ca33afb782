using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The facts screening reads: the roster's person, the application's form and achievement records, and the bans.
/// What nobody gave stays unknown, so the verdict can name it as missing.
/// </summary>
public static class ApplicantFactsBuilder
{
    public static ApplicantFacts Build(Employee employee, SkillApplication application, IEnumerable<BanRecord> bans)
    {
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(bans);
        return new ApplicantFacts
        {
            EmployeeNumber = employee.EmployeeNumber,
            Name = employee.Name,
            LevelHeld = employee.SkillLevel == SkillLevel.None ? application.CurrentLevel : employee.SkillLevel,
            LevelHeldSince = employee.SkillLevelObtainedOn,
            LevelOccupationCode = string.IsNullOrEmpty(employee.OccupationCode) ? null : employee.OccupationCode,
            PostStartedOn = employee.PostStartedOn,
            TitleRank = TitleRanks.TryNormalise(employee.TitleRank, out var title) ? title : null,
            TitleField = employee.TitleName,
            // An education the scale does not know stays unknown (screening then asks for it) rather than failing the import.
            Education = EducationLevels.TryNormalise(application.Education ?? employee.Education, out var education) ? education : null,
            WorkStartedOn = employee.WorkStartedOn,
            BirthDate = employee.BirthDate,
            Gender = employee.Gender,
            // An applicant who listed no records has not said there are none: unknown, so screening asks for them.
            Achievements = application.Achievements.Count == 0 ? null : application.Achievements,
            Bans = bans.Where(b => b.EmployeeId == employee.Id).Select(b => b.ToFact()).ToList(),
        };
    }
}
