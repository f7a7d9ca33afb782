using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Application.Events;

/// <summary>
/// One consequence of a transition (its audit record, its mail …), run while the unit of work is saved, before the
/// commit and inside its transaction. A handler only adds to the unit of work and never saves; if it throws, the save
/// fails and the transition is not committed either. Named by what it does on which event: AuditOnTransition,
/// MailOnApplicationScreened.
/// </summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, EventContext context, CancellationToken ct);
}
