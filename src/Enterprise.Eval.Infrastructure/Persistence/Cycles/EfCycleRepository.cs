using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence.Cycles;

/// <summary>
/// Cycles on EF Core. A save bumps the cycle's version (checked by the UPDATE) and adds the new history rows, whose
/// domain events (CycleMoved: the audit) are handled in the same SaveChanges; a version moved by another worker
/// surfaces as <see cref="CycleChangedElsewhereException"/> and nothing of this save is kept.
/// </summary>
public sealed class EfCycleRepository(EvalDbContext db) : ICycleRepository
{
    public async Task<EvaluationCycle?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Cycles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<EvaluationCycle>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var running = db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active).Select(e => e.Id);
        return await db.Cycles.AsNoTracking()
            .Where(c => c.Status != CycleStatus.Draft && c.Status != CycleStatus.Reported && running.Contains(c.EnterpriseId))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> CanRunAsync(EvaluationCycle cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return await db.Enterprises.AnyAsync(e => e.Id == cycle.EnterpriseId && e.Status == EnterpriseStatus.Active, cancellationToken);
    }

    /// <summary>One transaction for the step and what follows from it; PostgreSQL's retrying strategy needs its own loop around it.</summary>
    public Task SaveWithAsync(EvaluationCycle cycle, Func<CancellationToken, Task> alongside, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await SaveAsync(cycle, token);
            await alongside(token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, cancellationToken);

    public async Task SaveAsync(EvaluationCycle cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var entry = db.Entry(cycle);
        if (entry.State == EntityState.Detached)
            db.Cycles.Add(cycle);
        else
        {
            var version = entry.Property<int>(EvaluationCycleConfiguration.VersionProperty);
            version.CurrentValue = version.OriginalValue + 1;
        }

        try
        {
            // Each history entry names its own actor (AuditOnCycleMoved); the save's is the latest entry's.
            await db.SaveChangesAsync(cycle.History[^1].By, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw new CycleChangedElsewhereException(cycle.Id, e);
        }
    }
}
