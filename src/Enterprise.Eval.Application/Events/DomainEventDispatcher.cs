using System.Collections.Concurrent;
using Enterprise.Eval.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Events;

/// <summary>
/// Resolves the handlers of each event's own type from the unit of work's scope and runs them one after another, in
/// registration order (so the audit handler, registered first, writes before the mail handler's missing-address note).
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services) : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, EventContext, CancellationToken, Task>> Invokers = new();

    public async Task DispatchAsync(IReadOnlyList<IDomainEvent> events, EventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var domainEvent in events)
            await Invokers.GetOrAdd(domainEvent.GetType(), InvokerFor)(services, domainEvent, context, ct);
    }

    private static Func<IServiceProvider, IDomainEvent, EventContext, CancellationToken, Task> InvokerFor(Type eventType) =>
        (Func<IServiceProvider, IDomainEvent, EventContext, CancellationToken, Task>)typeof(DomainEventDispatcher)
            .GetMethod(nameof(InvokeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate(typeof(Func<IServiceProvider, IDomainEvent, EventContext, CancellationToken, Task>));

    private static async Task InvokeAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, EventContext context, CancellationToken ct)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
            await handler.HandleAsync((TEvent)domainEvent, context, ct);
    }
}
