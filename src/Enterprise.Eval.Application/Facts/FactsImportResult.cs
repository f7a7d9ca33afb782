using Enterprise.Eval.Application.Roster;
namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// Records per employee number when the file is clean; otherwise nothing and every error found (rows numbered like
/// the roster's: 1 = the first row under the header, 0 = the file or its header). <see cref="Notices"/> do not stop
/// the import: rows whose honour title the vocabulary does not know or whose level it cannot tell, each naming row and column.
/// </summary>
public sealed record FactsImportResult(IReadOnlyDictionary<string, EmployeeFactRecords> ByEmployee, IReadOnlyList<ImportError> Errors)
{
    public IReadOnlyList<ImportError> Notices { get; init; } = [];

    public bool IsValid => Errors.Count == 0;
}
