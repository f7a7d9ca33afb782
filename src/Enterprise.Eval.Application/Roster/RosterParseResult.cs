using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Roster;

public sealed record RosterParseResult(IReadOnlyList<EmployeeRecord> Records, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public static RosterParseResult Ok(IReadOnlyList<EmployeeRecord> records) => new(records, []);

    public static RosterParseResult Failed(params ImportError[] errors) => new([], errors);
}
