using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The facts screening reads: the roster's person, HR's imported fact records, the application's form, achievement
/// records and attestations when there is an application, and the bans. What nobody gave stays unknown, so the
/// verdict can name it as missing. The product's one roster→facts mapping: screening of the whole roster uses it too.
/// </summary>
public static class ApplicantFactsBuilder
{
    /// <summary>Facts of an applicant who may not have applied (the whole-roster screening passes no application).</summary>
    public static ApplicantFacts Build(
        Employee employee,
        SkillApplication? application,
        IEnumerable<BanRecord> bans,
        EmployeeFactRecords? records = null,
        IEnumerable<AttestationRecord>? attestations = null)
    {
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(bans);
        var facts = new ApplicantFacts
        {
            EmployeeNumber = employee.EmployeeNumber,
            Name = employee.Name,
            LevelHeld = employee.SkillLevel == SkillLevel.None && application is not null ? application.CurrentLevel : employee.SkillLevel,
            LevelHeldSince = employee.SkillLevelObtainedOn,
            LevelOccupationCode = string.IsNullOrEmpty(employee.OccupationCode) ? null : employee.OccupationCode,
            // 申报职业（工种） as the form states it; the occupation-match condition compares it with the certificate held.
            AppliedOccupationCode = application?.AppliedOccupationCode,
            PostStartedOn = employee.PostStartedOn,
            StillInOccupation = StillInOccupation(employee, application),
            TitleRank = TitleRanks.TryNormalise(employee.TitleRank, out var title) ? title : null,
            TitleField = employee.TitleName,
            // An education the scale does not know stays unknown (screening then asks for it) rather than failing the import.
            Education = EducationLevels.TryNormalise(application?.Education ?? employee.Education, out var education) ? education : null,
            WorkStartedOn = employee.WorkStartedOn,
            BirthDate = employee.BirthDate,
            Gender = employee.Gender,
            // An applicant who listed no records has not said there are none: unknown, so screening asks for them.
            Achievements = application is null || application.Achievements.Count == 0 ? null : application.Achievements,
            // A credit record (南通 记入诚信记录) bars nothing; only bans count against applying.
            Bans = bans.Where(b => b.EmployeeId == employee.Id && b.BarsApplying).Select(b => b.ToFact()).ToList(),
        };
        if (records is not null) facts = records.ApplyTo(facts);
        if (attestations is null) return facts;
        if (application is null)
            throw new ArgumentException("Attestations belong to an application.", nameof(attestations));
        foreach (var latest in AttestationRecords.Latest(attestations.Where(a => a.ApplicationId == application.Id)))
            facts = facts.WithAttestation(latest.Item, latest.Confirmed, latest.Reason);
        return facts;
    }

    /// <summary>
    /// Once someone applies, their statement on the 申报表 decides (HR's review of the form is where a false one is
    /// caught), and an unanswered question stays unknown. Before anyone applies, the roster is the only statement: a
    /// current post with its start date and occupation means still in the occupation, so whole-roster screening does
    /// not list every employee as missing it.
    /// </summary>
    private static bool? StillInOccupation(Employee employee, SkillApplication? application) =>
        application is not null ? application.StillInOccupation
        : employee.PostStartedOn is not null && !string.IsNullOrEmpty(employee.OccupationCode) ? true
        : null;
}
