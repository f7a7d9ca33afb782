using Enterprise.Eval.Application.Roster;
namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// Records per employee number when the file is clean; otherwise nothing and every error found (rows numbered like
/// the roster's: 1 = the first row under the header, 0 = the file or its header).
/// </summary>
public sealed record FactsImportResult(IReadOnlyDictionary<string, EmployeeFactRecords> ByEmployee, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
