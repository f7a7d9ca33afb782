namespace Enterprise.Eval.Application.Attestations;

/// <summary>Which of HR's attestations count: per application and item, the one recorded last.</summary>
public static class AttestationRecords
{
    public static IReadOnlyList<AttestationRecord> Latest(IEnumerable<AttestationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        return [.. records
            .GroupBy(r => (r.ApplicationId, r.Item))
            .Select(g => g.OrderBy(r => r.RecordedAt).Last())
            .OrderBy(r => r.Item, StringComparer.Ordinal)];
    }
}
