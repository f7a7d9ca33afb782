using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Certificates.Events;

namespace Enterprise.Eval.Application.Exports.Consequences;

/// <summary>The audit record of each export batch's step: recorded, repeated (same bytes again), answered.</summary>
public sealed class AuditOnExportBatch(AuditTrail audit)
    : IDomainEventHandler<ExportBatchRecorded>, IDomainEventHandler<ExportBatchRepeated>, IDomainEventHandler<ExportBatchAnswered>
{
    public Task HandleAsync(ExportBatchRecorded e, EventContext context, CancellationToken ct)
    {
        var b = e.Batch;
        return Record(b, context, "export.recorded", null, new { b.CycleId, b.AdapterName, b.Subject, b.RowCount, b.Sha256 });
    }

    public Task HandleAsync(ExportBatchRepeated e, EventContext context, CancellationToken ct)
    {
        var b = e.Batch;
        return Record(b, context, "export.repeated", null, new { b.AdapterName, b.RowCount, b.Sha256 });
    }

    // An answer is only taken on a pending batch (ExportBatch.EnsurePending), so that is always the state before.
    public Task HandleAsync(ExportBatchAnswered e, EventContext context, CancellationToken ct)
    {
        var b = e.Batch;
        return Record(b, context, b.Status == ExportBatchStatus.Accepted ? "export.accepted" : "export.rejected",
            new { Status = ExportBatchStatus.Pending, RejectedRows = (string?)null, RejectionReason = (string?)null },
            new { b.Status, b.RejectedRows, b.RejectionReason });
    }

    private Task Record(ExportBatch batch, EventContext context, string action, object? before, object after)
    {
        audit.Record(batch.EnterpriseId, context.Actor, action, nameof(ExportBatch), batch.Id.ToString(), before, after);
        return Task.CompletedTask;
    }
}
