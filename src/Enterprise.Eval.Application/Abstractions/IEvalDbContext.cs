using Enterprise.Eval.Domain.Audit;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

/// <summary>
/// The store as use cases see it: the aggregates, and one SaveChanges that commits a change with its audit.
/// Partial: each feature declares its sets in a file of its own (IEvalDbContext.Feature.cs).
/// </summary>
public partial interface IEvalDbContext
{
    DbSet<RegisteredEnterprise> Enterprises { get; }
    DbSet<ApiKey> ApiKeys { get; }
    DbSet<Employee> Employees { get; }
    DbSet<AuditRecord> AuditRecords { get; }
    DbSet<AuditChainHead> AuditChainHeads { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves on behalf of <paramref name="actor"/>: the domain events the aggregates recorded go to their handlers
    /// first, inside the save's transaction, so a transition and its consequences commit together or not at all.
    /// Saving recorded events without an actor (the overload above) is refused.
    /// </summary>
    Task<int> SaveChangesAsync(string actor, CancellationToken cancellationToken = default);
}
