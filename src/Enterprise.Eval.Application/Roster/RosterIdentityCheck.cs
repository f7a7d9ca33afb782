using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// An ID number belongs to one employee of an enterprise. The file itself is checked row against row while it is read;
/// this checks it against the stored roster, so a later file cannot add the same person again under a new 工号.
/// </summary>
internal static class RosterIdentityCheck
{
    public const string Code = "EVAL-ROSTER-023";

    /// <param name="records">The file's records in file order (a clean file has one per row, so index + 1 is the row).</param>
    /// <param name="stored">Employee number and ID number of every stored employee of the enterprise.</param>
    public static IReadOnlyList<ImportError> Check(IReadOnlyList<EmployeeRecord> records, IEnumerable<(string Number, string IdNumber)> stored)
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (number, idNumber) in stored)
        {
            if (!owners.TryGetValue(idNumber, out var list)) owners[idNumber] = list = [];
            list.Add(number);
        }
        var inFile = records.Select(r => r.EmployeeNumber).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (!owners.TryGetValue(record.IdNumber, out var numbers)) continue;
            // The stored owner's own row may move the ID elsewhere in the same file; only an owner the file leaves alone keeps it.
            foreach (var owner in numbers.Where(n => n != record.EmployeeNumber && !inFile.Contains(n)))
                errors.Add(new ImportError(i + 1, RosterColumns.IdNumber, Code,
                    $"该身份证号已登记在工号“{owner}”名下，不能再登记为工号“{record.EmployeeNumber}”（一人只有一个工号）。" +
                    $"若是同一人，请沿用工号“{owner}”；若要更正，请在同一文件中同时修改工号“{owner}”的行"));
        }
        return errors;
    }
}
