using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Application.Events;

/// <summary>
/// Hands recorded events to their handlers. The store calls it from its save, inside the save's transaction and before
/// the audit records are sealed into the chain, so what the handlers add is committed with the transition.
/// </summary>
public interface IDomainEventDispatcher
{
    Task DispatchAsync(IReadOnlyList<IDomainEvent> events, EventContext context, CancellationToken ct);
}
