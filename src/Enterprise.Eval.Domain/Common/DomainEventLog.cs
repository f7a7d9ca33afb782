namespace Enterprise.Eval.Domain.Common;

/// <summary>
/// The events one aggregate recorded and not yet handed over. Each is numbered from one process-wide counter, so a
/// save that touched several aggregates dispatches their events in the order the use case acted (the audit chain
/// then reads in that order too).
/// </summary>
public sealed class DomainEventLog
{
    private static long s_lastOrder;
    private readonly List<RecordedDomainEvent> _events = [];

    public bool HasEvents => _events.Count > 0;

    public void Record(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _events.Add(new RecordedDomainEvent(Interlocked.Increment(ref s_lastOrder), domainEvent));
    }

    public IReadOnlyList<RecordedDomainEvent> TakeAll()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }
}
