namespace Enterprise.Eval.Application.Facts;

/// <summary>Records per employee number when the file is clean; otherwise nothing and every error found.</summary>
public sealed record FactsImportResult(IReadOnlyDictionary<string, EmployeeFactRecords> ByEmployee, IReadOnlyList<FactsImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
