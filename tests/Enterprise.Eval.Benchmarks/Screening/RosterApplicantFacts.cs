using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>
/// One employee's screening facts through the product's own roster→facts mapping (ApplicantFactsBuilder), so the
/// benchmark times what whole-roster screening does. HR's generated statement then supplies what a real cycle gets from
/// the 申报表 and HR's review: the title field, "still in the occupation", bans and attestations.
/// </summary>
internal static class RosterApplicantFacts
{
    private static readonly Guid Enterprise = Guid.NewGuid();

    public static ApplicantFacts From(EmployeeRecord record, HrStatement hr)
    {
        var facts = ApplicantFactsBuilder.Build(Employee.Hire(Enterprise, record), application: null, bans: [], hr.Records);
        return facts with
        {
            TitleField = hr.TitleField ?? facts.TitleField,
            StillInOccupation = hr.StillInOccupation,
            Bans = hr.Bans,
            Attestations = hr.Attestations,
        };
    }
}
