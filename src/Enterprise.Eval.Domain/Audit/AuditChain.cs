namespace Enterprise.Eval.Domain.Audit;

/// <summary>Verifies a chain of audit records read in sequence order, and names the first record that breaks it.</summary>
public static class AuditChain
{
    public static AuditChainReport Verify(IEnumerable<AuditRecord> inSequenceOrder)
    {
        string? previousHash = null;
        long expected = 1, count = 0;
        foreach (var record in inSequenceOrder)
        {
            count++;
            if (record.Sequence != expected)
                return AuditChainReport.Broken(count, record, "EVAL-AUDIT-002",
                    $"审计记录第{expected}条至第{record.Sequence - 1}条缺失（已被删除），链在记录 {record.Id}（第{record.Sequence}条）处断开");
            if (record.PreviousHash != previousHash)
                return AuditChainReport.Broken(count, record, "EVAL-AUDIT-003",
                    $"审计记录 {record.Id}（第{record.Sequence}条）与前一条记录不衔接：前一条记录已被修改或替换");
            if (record.ComputeHash() != record.Hash)
                return AuditChainReport.Broken(count, record, "EVAL-AUDIT-001",
                    $"审计记录 {record.Id}（第{record.Sequence}条，{record.Action}）的内容与其哈希不符：该记录已被修改");
            previousHash = record.Hash;
            expected++;
        }
        return AuditChainReport.Intact(count);
    }
}
