namespace Enterprise.Eval.Domain.Audit;

/// <summary>The outcome of verifying the audit chain: intact, or the first broken record with a code and a Chinese message.</summary>
public sealed record AuditChainReport(long RecordsChecked, bool IsIntact, long? BrokenRecordId, string? Code, string? Message)
{
    public static AuditChainReport Intact(long count) => new(count, true, null, null, null);

    public static AuditChainReport Broken(long count, AuditRecord record, string code, string message) => new(count, false, record.Id, code, message);
}
