using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Screening;

/// <summary>Screens every applicant against a scheme as of the window's closing day, keeping the input order.</summary>
public sealed class ScreeningService
{
    /// <summary>Screens everyone and keeps every row. A duplicate employee number fails the whole call.</summary>
    public IReadOnlyList<ScreeningRow> Screen(Scheme scheme, IEnumerable<ApplicantFacts> applicants, DateOnly asOf) =>
        [.. ScreenEach(scheme, applicants, asOf)];

    /// <summary>
    /// Screens applicant by applicant as the rows are read, so a caller that writes them out (for example to
    /// <see cref="ScreeningCsvWriter"/>) never holds more than one verdict and its trace. The scheme is prepared once.
    /// A duplicate employee number throws when that applicant is reached, after the rows before it were produced.
    /// </summary>
    public IEnumerable<ScreeningRow> ScreenEach(Scheme scheme, IEnumerable<ApplicantFacts> applicants, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(applicants);
        return Rows(EligibilityEngine.Prepare(scheme), applicants, asOf);
    }

    private static IEnumerable<ScreeningRow> Rows(PreparedScheme scheme, IEnumerable<ApplicantFacts> applicants, DateOnly asOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facts in applicants)
        {
            if (!seen.Add(facts.EmployeeNumber))
                throw new ArgumentException($"Employee number {facts.EmployeeNumber} appears twice.", nameof(applicants));
            yield return new ScreeningRow(facts.EmployeeNumber, facts.Name, EligibilityEngine.Evaluate(scheme, facts, asOf));
        }
    }
}
