using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Application.Attestations;

/// <summary>HR's yes/no on one item of one application. Records are never changed: the latest per item counts.</summary>
public sealed class AttestationRecord
{
    private AttestationRecord() { }

    public AttestationRecord(Guid enterpriseId, Guid cycleId, Guid applicationId, string item, bool confirmed, string reason, string recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        Id = Guid.NewGuid();
        EnterpriseId = enterpriseId;
        CycleId = cycleId;
        ApplicationId = applicationId;
        Item = item.Trim();
        Confirmed = confirmed;
        Reason = reason.Trim();
        RecordedBy = recordedBy;
        RecordedAt = recordedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid CycleId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string Item { get; private set; } = "";
    public bool Confirmed { get; private set; }
    public string Reason { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public Attestation ToFact() => new(Confirmed, Reason);
}
