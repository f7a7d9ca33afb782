using Enterprise.Eval.Application.Roster;

namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// A stored facts import: how many employees and rows of the file were kept, or every error the importer found
/// and nothing stored.
/// </summary>
public sealed record FactsStoreResult(int Employees, int Replaced, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
