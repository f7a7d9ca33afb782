using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>
/// Builds the screening facts of one employee from the roster row and HR's statement. The Application layer has no
/// roster-to-facts mapping yet; this is the benchmark's own, kept to what the roster states (a roster 职称级别 of 无
/// stays unknown, since ApplicantFacts has no "no title" value). Replace it with the product's mapping once one exists.
/// </summary>
internal static class RosterApplicantFacts
{
    public static ApplicantFacts From(EmployeeRecord record, HrStatement hr)
    {
        var id = ResidentIdNumber.Parse(record.IdNumber);
        var facts = new ApplicantFacts
        {
            EmployeeNumber = record.EmployeeNumber,
            Name = record.Name,
            LevelHeld = record.SkillLevel,
            LevelHeldSince = record.SkillLevelObtainedOn,
            LevelOccupationCode = record.OccupationCode,
            PostStartedOn = record.PostStartedOn,
            WorkStartedOn = record.WorkStartedOn,
            BirthDate = id.BirthDate,
            Gender = id.Gender,
            TitleRank = FactVocabulary.TryParse(record.TitleRank, out TitleRank rank) ? rank : null,
            TitleField = hr.TitleField,
            Education = Education(record.Education),
            StillInOccupation = hr.StillInOccupation,
            Bans = hr.Bans,
            Attestations = hr.Attestations,
        };
        return hr.Records.ApplyTo(facts);
    }

    // The roster's scale (EducationLevels) names a few levels differently from the facts vocabulary.
    private static EducationLevel? Education(string? text) => text switch
    {
        null => null,
        "初中及以下" => EducationLevel.JuniorMiddle,
        "技工学校" => EducationLevel.SeniorMiddle,
        "硕士研究生" => EducationLevel.Master,
        "博士研究生" => EducationLevel.Doctor,
        _ => FactVocabulary.TryParse(text, out EducationLevel level) ? level : null,
    };
}
