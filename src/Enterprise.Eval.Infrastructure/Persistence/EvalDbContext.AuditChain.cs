using Enterprise.Eval.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// Seals new audit records into the hash chain as part of the same save. The chain head row is locked first (a row lock
/// on PostgreSQL, an update lock on SQL Server, the write lock on SQLite: <see cref="RawSql.LockAuditChainHead"/>), so
/// concurrent savers append one after another and the sequence has no gaps.
/// </summary>
public sealed partial class EvalDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!HasPendingDomainEvents() && PendingAuditRecords().Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null) return await DispatchSealAndSaveAsync(acceptAllChangesOnSuccess, cancellationToken);

        // A retrying execution strategy (PostgreSQL) replays the whole unit, sealing again from the head it then finds;
        // the events were handed over on the first attempt, and what their handlers added is still in the unit.
        return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var saved = await DispatchSealAndSaveAsync(acceptAllChangesOnSuccess, ct);
            await transaction.CommitAsync(ct);
            return saved;
        }, cancellationToken);
    }

    private List<AuditRecord> PendingAuditRecords() =>
        ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    // The handlers run first: the audit records they add are sealed with the rest, in the same transaction.
    private async Task<int> DispatchSealAndSaveAsync(bool acceptAll, CancellationToken ct)
    {
        await DispatchDomainEventsAsync(ct);
        var pending = PendingAuditRecords();
        return pending.Count == 0 ? await base.SaveChangesAsync(acceptAll, ct) : await SealAndSaveAsync(pending, acceptAll, ct);
    }

    private async Task<int> SealAndSaveAsync(List<AuditRecord> pending, bool acceptAll, CancellationToken ct)
    {
        await Database.ExecuteSqlRawAsync(RawSql.LockAuditChainHead.For(Database), ct);
        var head = await AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var sequence = head.LastSequence;
        var hash = head.LastHash;
        foreach (var record in pending)
        {
            record.Seal(++sequence, hash);
            hash = record.Hash;
        }
        await Database.ExecuteSqlRawAsync(RawSql.WriteAuditChainHead.For(Database),
            [ProviderSql.Parameter(Database, "@sequence", sequence), ProviderSql.Parameter(Database, "@hash", hash)], ct);
        return await base.SaveChangesAsync(acceptAll, ct);
    }
}
