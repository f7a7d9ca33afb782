namespace Enterprise.Eval.Application.Facts;

/// <summary>A problem in the facts CSV: line of the file (header = 1), column header, stable code, Chinese message.</summary>
public sealed record FactsImportError(int Row, string Column, string Code, string Message)
{
    public override string ToString() => $"第{Row}行 {Column} {Code} {Message}";
}
