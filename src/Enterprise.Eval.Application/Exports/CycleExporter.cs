using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Exports;

/// <summary>
/// Writes a cycle's file in an authority's layout — its certificates, its recommended list or its applicants, as the
/// adapter declares (<see cref="ExportRowSource"/>) — and records the batch (adapter, subject, rows, SHA-256, when, who)
/// with its audit. The same data, typed-in fields and adapter give the same bytes, so exporting again finds the batch
/// already recorded. The reporting staff then record the authority's answer per batch.
/// </summary>
public sealed class CycleExporter(IEvalDbContext db, ExportRowSource source, TimeProvider clock)
{
    public async Task<ExportOutcome> ExportAsync(Guid enterpriseId, Guid cycleId, IExportAdapter adapter, ExportFormat? format,
        Stream output, string actor, CancellationToken cancellationToken = default) =>
        await ExportAsync(enterpriseId, cycleId, adapter, format, new Dictionary<string, string>(), output, actor, cancellationToken);

    /// <param name="entered">The values typed in for the adapter's <see cref="ExportFieldKeys.Entered"/> columns, by name.</param>
    public async Task<ExportOutcome> ExportAsync(Guid enterpriseId, Guid cycleId, IExportAdapter adapter, ExportFormat? format,
        IReadOnlyDictionary<string, string> entered, Stream output, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(entered);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ExportRowSource.CheckFields(adapter, new ExportOptions(), entered);
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        var rows = await source.LoadAsync(enterprise, cycleId, adapter, entered, cancellationToken);

        var options = new ExportOptions { Format = format, StageNames = rows.StageNames };
        string sha256;
        using (var hashing = new HashingStream(output))
        {
            adapter.Write(rows.Rows, hashing, options, cancellationToken);
            hashing.Flush();
            sha256 = hashing.HashHex();
        }

        var existing = await db.ExportBatches.FirstOrDefaultAsync(b => b.EnterpriseId == enterpriseId && b.CycleId == cycleId
            && b.AdapterName == adapter.Name && b.Sha256 == sha256, cancellationToken);
        if (existing is not null)
        {
            existing.Repeated();
            await db.SaveChangesAsync(actor, cancellationToken);
            return new ExportOutcome(existing, Repeated: true);
        }

        var batch = ExportBatch.Record(enterpriseId, cycleId, adapter.Name, rows.Rows.Count, sha256, clock.GetUtcNow(), actor, rows.Subject);
        db.ExportBatches.Add(batch);
        await db.SaveChangesAsync(actor, cancellationToken);   // ExportBatchRecorded: its audit
        return new ExportOutcome(batch, Repeated: false);
    }

    /// <summary>Records the province's answer: accepted, or rejected with 1-based data row numbers and a reason.</summary>
    public async Task<AnswerOutcome> AnswerAsync(Guid enterpriseId, Guid batchId, bool accepted, IReadOnlyCollection<int>? rejectedRows,
        string? reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var batch = await db.ExportBatches.FirstOrDefaultAsync(b => b.Id == batchId && b.EnterpriseId == enterpriseId, cancellationToken)
            ?? throw new NotFoundException("导出批次", batchId.ToString());
        if (accepted) batch.Accept(clock.GetUtcNow(), actor);
        else
        {
            if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("退回原因不能为空", nameof(reason));
            batch.Reject(rejectedRows ?? [], reason, clock.GetUtcNow(), actor);
        }
        await db.SaveChangesAsync(actor, cancellationToken);   // ExportBatchAnswered: its audit

        var batches = await db.ExportBatches.AsNoTracking()
            .Where(b => b.EnterpriseId == enterpriseId && b.CycleId == batch.CycleId).ToListAsync(cancellationToken);
        return new AnswerOutcome(batch, ExportAcceptance.AllAccepted(batches));
    }

    /// <summary>The enterprise's batches, newest first (optionally of one cycle).</summary>
    public async Task<IReadOnlyList<ExportBatch>> ListAsync(Guid enterpriseId, Guid? cycleId, CancellationToken cancellationToken = default)
    {
        var batches = await db.ExportBatches.AsNoTracking()
            .Where(b => b.EnterpriseId == enterpriseId && (cycleId == null || b.CycleId == cycleId)).ToListAsync(cancellationToken);
        return [.. batches.OrderByDescending(b => b.ExportedAt).ThenBy(b => b.Id)];
    }
}
