using Enterprise.Eval.Domain.Certificates.Events;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// One file produced for the authorities from a cycle (its certificates, its recommended list or its applicants, see
/// <see cref="Subject"/>): which adapter wrote it, how many rows, its SHA-256, when and by whom; then the authority's
/// answer (accepted, or rejected with the rejected row numbers and the reason). The file itself is not kept: exporting
/// the same data again gives the same bytes.
/// </summary>
public sealed class ExportBatch : IHasDomainEvents
{
    private readonly DomainEventLog _events = new();

    private ExportBatch() { }

    bool IHasDomainEvents.HasDomainEvents => _events.HasEvents;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events.TakeAll();

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid CycleId { get; private set; }
    public string AdapterName { get; private set; } = "";

    /// <summary>Whom the file lists; batches stored before the subject was recorded listed certificates.</summary>
    public ExportSubject Subject { get; private set; }

    public int RowCount { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset ExportedAt { get; private set; }
    public string ExportedBy { get; private set; } = "";
    public ExportBatchStatus Status { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }

    /// <summary>1-based data row numbers the province rejected, comma-separated and ascending (e.g. "3,7").</summary>
    public string? RejectedRows { get; private set; }

    public string? RejectionReason { get; private set; }

    public static ExportBatch Record(Guid enterpriseId, Guid cycleId, string adapterName, int rowCount, string sha256,
        DateTimeOffset at, string actor, ExportSubject subject = ExportSubject.Certificates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adapterName);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        var batch = new ExportBatch
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, CycleId = cycleId, AdapterName = adapterName, Subject = subject, RowCount = rowCount,
            Sha256 = sha256, ExportedAt = at.ToUniversalTime(), ExportedBy = actor, Status = ExportBatchStatus.Pending,
        };
        batch._events.Record(new ExportBatchRecorded(batch));
        return batch;
    }

    /// <summary>The same bytes were exported again: the batch stays as it is, the repeat is on record.</summary>
    public void Repeated()
    {
        _events.Record(new ExportBatchRepeated(this));
    }

    public void Accept(DateTimeOffset at, string actor)
    {
        EnsurePending();
        Status = ExportBatchStatus.Accepted;
        Answered(at, actor);
        _events.Record(new ExportBatchAnswered(this));
    }

    /// <summary>The province sent the file back: the rows it refused (1-based data rows) and why.</summary>
    public void Reject(IReadOnlyCollection<int> rows, string reason, DateTimeOffset at, string actor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsurePending();
        if (rows.Count == 0)
            throw new DomainException(CertificateIssueErrors.RejectionWithoutRows, "退回时须注明被退回的行号（如 3,7）");
        var outside = rows.Where(r => r < 1 || r > RowCount).ToList();
        if (outside.Count > 0)
            throw new DomainException(CertificateIssueErrors.RejectedRowOutOfRange,
                $"行号{string.Join("、", outside)}超出本批次的数据行范围（1–{RowCount}）");
        Status = ExportBatchStatus.Rejected;
        RejectedRows = string.Join(",", rows.Distinct().Order());
        RejectionReason = reason.Trim();
        Answered(at, actor);
        _events.Record(new ExportBatchAnswered(this));
    }

    private void EnsurePending()
    {
        if (Status != ExportBatchStatus.Pending)
            throw new DomainException(CertificateIssueErrors.AlreadyAnswered,
                $"批次{Id}已于{ChinaTime.FormatInstant(AnsweredAt!.Value)}登记省级答复（{(Status == ExportBatchStatus.Accepted ? "已接收" : "已退回")}），不能再次登记");
    }

    private void Answered(DateTimeOffset at, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        AnsweredAt = at.ToUniversalTime();
        AnsweredBy = actor;
    }
}
