using Enterprise.Eval.Application.Roster;

namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// A stored facts import: how many employees and rows of the file were kept, or every error the importer found
/// and nothing stored.
/// </summary>
public sealed record FactsStoreResult(int Employees, int Replaced, IReadOnlyList<ImportError> Errors)
{
    /// <summary>Rows stored but worth a look (unknown honour title, level missing or contradicting the title).</summary>
    public IReadOnlyList<ImportError> Notices { get; init; } = [];

    public bool IsValid => Errors.Count == 0;
}
