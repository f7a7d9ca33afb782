using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Audit;

/// <summary>Reads the whole audit trail in chain order and verifies it (`audit verify`).</summary>
public sealed class AuditVerifier(IEvalDbContext db)
{
    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct = default)
    {
        var records = db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable();
        var list = new List<AuditRecord>();
        await foreach (var r in records.WithCancellation(ct)) list.Add(r);
        var report = AuditChain.Verify(list);
        if (!report.IsIntact) return report;
        // Records deleted from the end leave no gap behind them; the head still remembers how long the chain was.
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(ct);
        return head.LastSequence == list.Count
            ? report
            : new AuditChainReport(list.Count, false, null, "EVAL-AUDIT-004",
                $"审计链应有{head.LastSequence}条记录，实际只有{list.Count}条：最后的{head.LastSequence - list.Count}条记录已被删除");
    }
}
