using Enterprise.Eval.Domain.Applications.Events;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// What falsified materials leave on record at one enterprise, from the day of the decision, both days inclusive:
/// a bar from applying (江苏 004 四(三) 五年内不得申请或参与), which screening reads as a <see cref="MisconductBan"/>, or a
/// credit record (南通 002 二(六) 记入诚信记录，期限为三年), which is shown to the people who decide and bars nothing.
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

    /// <summary>Whether the record bars applying (a ban) or is a credit record only; records stored before the kind were bans.</summary>
    public MisconductRecordKind Kind { get; private set; }

    public bool BarsApplying => Kind == MisconductRecordKind.Ban;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static BanRecord ForYears(
        Guid enterpriseId, Guid employeeId, Guid? applicationId, DateOnly startsOn, int years, string reason, DateTimeOffset at, string by,
        MisconductRecordKind kind = MisconductRecordKind.Ban)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var ban = MisconductBan.ForYears(startsOn, years, reason);
        var record = new BanRecord
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, EmployeeId = employeeId, ApplicationId = applicationId,
            StartsOn = ban.StartsOn, EndsOn = ban.EndsOn, Reason = reason, RecordedAt = at, RecordedBy = by, Kind = kind,
        };
        record._events.Record(new BanRecorded(record));
        return record;
    }

    /// <summary>
    /// A record the authority keeps (its list of bans or credit records), entered with its own dates: it counts at this
    /// enterprise as one made here (issue 19 point 5).
    /// </summary>
    public static BanRecord FromAuthority(
        Guid enterpriseId, Guid employeeId, DateOnly startsOn, DateOnly endsOn, MisconductRecordKind kind, string reason, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (endsOn < startsOn) throw new ArgumentException("A record ends on or after the day it starts.", nameof(endsOn));
        var record = new BanRecord
        {
            Id = Guid.NewGuid(), EnterpriseId = enterpriseId, EmployeeId = employeeId, StartsOn = startsOn, EndsOn = endsOn,
            Reason = reason, RecordedAt = at, RecordedBy = by, Kind = kind,
        };
        record._events.Record(new BanRecorded(record));
        return record;
    }

    public MisconductBan ToFact() => new(StartsOn, EndsOn, Reason);

    /// <summary>Whether the record bars applying (or a committee seat) on the day: a ban in force; a credit record never.</summary>
    public bool BarsApplyingOn(DateOnly day) => BarsApplying && StartsOn <= day && day <= EndsOn;
}
