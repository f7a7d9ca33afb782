namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// Either the summary of a committed import, or the errors of a refused file (then nothing was changed); notices
/// (not errors) tell what was stored differently from how the file wrote it.
/// </summary>
public sealed record RosterImportResult(RosterImportSummary? Summary, IReadOnlyList<ImportError> Errors)
{
    public IReadOnlyList<ImportError> Notices { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
