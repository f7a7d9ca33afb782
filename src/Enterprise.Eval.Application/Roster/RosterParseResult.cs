using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// The records of a clean file or the errors of a refused one; <see cref="Notices"/> tell what was accepted but
/// changed on the way in (a lower-case x made upper-case), so nobody finds it out later.
/// </summary>
public sealed record RosterParseResult(IReadOnlyList<EmployeeRecord> Records, IReadOnlyList<ImportError> Errors)
{
    public IReadOnlyList<ImportError> Notices { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public static RosterParseResult Ok(IReadOnlyList<EmployeeRecord> records, IReadOnlyList<ImportError> notices) => new(records, []) { Notices = notices };

    public static RosterParseResult Failed(params ImportError[] errors) => new([], errors);
}
