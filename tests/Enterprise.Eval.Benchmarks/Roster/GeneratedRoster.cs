using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>A generated roster twice: the records it holds, and the CSV file HR would upload (UTF-8 with BOM).</summary>
internal sealed record GeneratedRoster(IReadOnlyList<EmployeeRecord> Records, byte[] Csv);
