using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// Hands the aggregates' domain events to the application's handlers during the save, inside its transaction and
/// before the audit chain is sealed. Handlers may move other aggregates, whose events are handed over in the next
/// round; a handler that throws fails the save, and nothing of the unit is committed.
/// </summary>
public sealed partial class EvalDbContext
{
    // A chain of consequences deeper than this is a loop between handlers, not a business process.
    private const int MaxDispatchRounds = 8;
    private string? _actor;

    public async Task<int> SaveChangesAsync(string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        _actor = actor;
        try
        {
            return await SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _actor = null;
        }
    }

    private bool HasPendingDomainEvents() =>
        ChangeTracker.Entries().Any(e => e.Entity is IHasDomainEvents { HasDomainEvents: true });

    private async Task DispatchDomainEventsAsync(CancellationToken ct)
    {
        for (var round = 0; HasPendingDomainEvents(); round++)
        {
            if (round == MaxDispatchRounds)
                throw new InvalidOperationException($"Domain event handlers kept recording events after {MaxDispatchRounds} rounds; a handler loop?");
            if (_actor is null)
                throw new InvalidOperationException("The unit of work holds domain events but was saved without an actor: call SaveChangesAsync(actor, ct).");
            if (_dispatcher is null)
                throw new InvalidOperationException("This context was built without a domain event dispatcher, so it cannot save domain events.");
            // Taken (and forgotten by the aggregates) before the handlers run: a retried save does not hand them over twice.
            var events = ChangeTracker.Entries().Select(e => e.Entity).OfType<IHasDomainEvents>()
                .SelectMany(a => a.TakeDomainEvents()).OrderBy(r => r.Order).Select(r => r.Event).ToList();
            await _dispatcher.DispatchAsync(events, new EventContext(_actor), ct);
        }
    }
}
