namespace Enterprise.Eval.Application.Roster;

public sealed record RosterImportSummary(int Inserted, int Updated, int Unchanged);
