namespace Enterprise.Eval.Application.Roster;

/// <summary>Either the summary of a committed import, or the errors of a refused file (then nothing was changed).</summary>
public sealed record RosterImportResult(RosterImportSummary? Summary, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
