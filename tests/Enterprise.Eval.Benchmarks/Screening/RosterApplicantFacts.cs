using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>
/// Builds the screening facts of one employee from the roster row and HR's statement. The Application layer has no
/// roster-to-facts mapping yet; this is the benchmark's own, kept to what the roster states. Facts take the roster's own
/// scales for 职称级别 and 学历 (a 职称级别 of 无 is known: no title). Replace it with the product's mapping once one exists.
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
            TitleRank = record.TitleRank,
            TitleField = hr.TitleField,
            Education = record.Education,
            StillInOccupation = hr.StillInOccupation,
            Bans = hr.Bans,
            Attestations = hr.Attestations,
        };
        return hr.Records.ApplyTo(facts);
    }
}
