using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Screening;

/// <summary>Screens every applicant against a scheme as of the window's closing day, keeping the input order.</summary>
public sealed class ScreeningService
{
    public IReadOnlyList<ScreeningRow> Screen(Scheme scheme, IEnumerable<ApplicantFacts> applicants, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(applicants);
        var rows = new List<ScreeningRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facts in applicants)
        {
            if (!seen.Add(facts.EmployeeNumber))
                throw new ArgumentException($"Employee number {facts.EmployeeNumber} appears twice.", nameof(applicants));
            rows.Add(new ScreeningRow(facts.EmployeeNumber, facts.Name, EligibilityEngine.Evaluate(scheme, facts, asOf)));
        }
        return rows;
    }
}
