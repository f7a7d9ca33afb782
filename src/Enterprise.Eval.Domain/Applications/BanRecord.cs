using Enterprise.Eval.Domain.Applications.Events;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// A bar from applying at one enterprise after falsified materials (江苏 five years, 南通 three), from the day of the
/// decision; both days are inclusive. Screening reads it as a <see cref="MisconductBan"/>.
/// </summary>
public sealed class BanRecord : IHasDomainEvents
{
    private readonly DomainEventLog _events = new();

    // For persistence.
    private BanRecord()
    {
    }

    bool IHasDomainEvents.HasDomainEvents => _events.HasEvents;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events.TakeAll();

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static BanRecord ForYears(
        Guid enterpriseId, Guid employeeId, Guid? applicationId, DateOnly startsOn, int years, string reason, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var ban = MisconductBan.ForYears(startsOn, years, reason);
        var record = new BanRecord
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, EmployeeId = employeeId, ApplicationId = applicationId,
            StartsOn = ban.StartsOn, EndsOn = ban.EndsOn, Reason = reason, RecordedAt = at, RecordedBy = by,
        };
        record._events.Record(new BanRecorded(record));
        return record;
    }

    public MisconductBan ToFact() => new(StartsOn, EndsOn, Reason);

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}
