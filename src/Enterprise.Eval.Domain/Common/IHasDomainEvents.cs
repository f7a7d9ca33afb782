namespace Enterprise.Eval.Domain.Common;

/// <summary>
/// An aggregate that records domain events. Implemented explicitly by the aggregates, so the persistence mapping never
/// sees the events as data.
/// </summary>
public interface IHasDomainEvents
{
    bool HasDomainEvents { get; }

    /// <summary>The events recorded since the last call, oldest first; the aggregate forgets them.</summary>
    IReadOnlyList<RecordedDomainEvent> TakeDomainEvents();
}
