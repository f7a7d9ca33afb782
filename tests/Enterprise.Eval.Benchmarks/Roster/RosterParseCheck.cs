using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>Confirms, before anything is timed, that the product reads a generated file back as exactly its records.</summary>
internal static class RosterParseCheck
{
    public static IReadOnlyList<EmployeeRecord> EnsureParsesBack(GeneratedRoster roster)
    {
        var parsed = RosterFile.Parse(roster.Csv);
        if (!parsed.IsValid)
            throw new InvalidOperationException(
                $"The generated roster has {parsed.Errors.Count} errors, e.g. {string.Join("; ", parsed.Errors.Take(3).Select(e => $"{e.Row} {e.Column} {e.Code}"))}");
        if (!parsed.Records.SequenceEqual(roster.Records))
            throw new InvalidOperationException("The generated roster parses to other records than were generated.");
        return parsed.Records;
    }
}
