using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Application.Facts;

/// <summary>What the facts CSV said about one employee: appraisals, continuing education and achievements.</summary>
public sealed record EmployeeFactRecords(
    string EmployeeNumber,
    IReadOnlyDictionary<int, AppraisalGrade> Appraisals,
    IReadOnlyDictionary<int, bool> ContinuingEducation,
    IReadOnlyList<AchievementRecord> Achievements)
{
    /// <summary>
    /// Adds these records to facts built from the roster. Imported years override roster years; achievements are
    /// appended. Importing a file means HR has listed achievements, so an absent list becomes a known list.
    /// </summary>
    public ApplicantFacts ApplyTo(ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.EmployeeNumber != EmployeeNumber)
            throw new ArgumentException($"Records of {EmployeeNumber} cannot be applied to {facts.EmployeeNumber}.", nameof(facts));
        return facts with
        {
            Appraisals = Merge(facts.Appraisals, Appraisals),
            ContinuingEducation = Merge(facts.ContinuingEducation, ContinuingEducation),
            Achievements = [.. facts.Achievements ?? [], .. Achievements],
        };
    }

    private static Dictionary<int, T> Merge<T>(IReadOnlyDictionary<int, T> first, IReadOnlyDictionary<int, T> second)
    {
        var merged = first.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (year, value) in second) merged[year] = value;
        return merged;
    }
}
