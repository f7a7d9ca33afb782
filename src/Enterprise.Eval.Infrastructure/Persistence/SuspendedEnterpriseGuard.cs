using Enterprise.Eval.Application.Idempotency;
using Enterprise.Eval.Domain.Audit;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// Where <see cref="RegisteredEnterprise.EnsureCanRun"/> is enforced for every door at once (API, command line, the
/// console, the scheduler): a save that would change a suspended or struck-off enterprise's data is refused with
/// EVAL-ENT-021 / -020 and nothing of it is written. Reads are never stopped, so HR still sees its data.
/// Not held to the rule: the registry's own moves of the enterprise (registration, suspend, reinstate, strike off),
/// its API keys (the administrator's), and the records that follow a change rather than make one (audit, outbox,
/// idempotency). A row without an enterprise of its own (a material, a vote, an objection) belongs to the aggregate
/// it was loaded with, so the enterprises of the tracked aggregates answer for it.
/// The API's <c>UseSuspensionGuard</c> refuses the same requests earlier, before a body is read.
/// </summary>
public sealed class SuspendedEnterpriseGuard : SaveChangesInterceptor
{
    public static readonly SuspendedEnterpriseGuard Instance = new();

    private const string EnterpriseIdProperty = "EnterpriseId";

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
            await EnsureTouchedEnterprisesCanRunAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
            EnsureTouchedEnterprisesCanRunAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private static async Task EnsureTouchedEnterprisesCanRunAsync(DbContext db, CancellationToken ct)
    {
        var touched = new HashSet<Guid>();
        var ownerless = false;
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (IsExempt(entry))
                continue;
            if (OwnEnterprise(entry) is { } id)
                touched.Add(id);
            else
                ownerless = true;
        }
        if (ownerless)
            foreach (var entry in db.ChangeTracker.Entries())
                if (OwnEnterprise(entry) is { } id)
                    touched.Add(id);
        if (touched.Count == 0)
            return;

        // An enterprise is judged by its stored status, not one this save is making: the tracked entity's original
        // value when the use case loaded it, otherwise one read.
        foreach (var tracked in db.ChangeTracker.Entries<RegisteredEnterprise>().Where(e => touched.Contains(e.Entity.Id)))
        {
            touched.Remove(tracked.Entity.Id);
            if (tracked.Property(e => e.Status).OriginalValue != EnterpriseStatus.Active)
                await EnsureStoredCanRunAsync(db, [tracked.Entity.Id], ct);
        }
        if (touched.Count > 0)
            await EnsureStoredCanRunAsync(db, touched, ct);
    }

    private static async Task EnsureStoredCanRunAsync(DbContext db, ICollection<Guid> ids, CancellationToken ct)
    {
        var enterprises = await db.Set<RegisteredEnterprise>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        foreach (var enterprise in enterprises)
            enterprise.EnsureCanRun();
    }

    private static bool IsExempt(EntityEntry entry) => entry.Entity switch
    {
        AuditRecord or AuditChainHead or OutboxMessage or IdempotencyRecord or ApiKey => true,
        RegisteredEnterprise => entry.State == EntityState.Added
            || entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(RegisteredEnterprise.Status)),
        _ => false,
    };

    private static Guid? OwnEnterprise(EntityEntry entry) => entry.Entity switch
    {
        RegisteredEnterprise enterprise => enterprise.Id,
        _ when entry.Metadata.FindProperty(EnterpriseIdProperty) is { } property => entry.Property(property.Name).CurrentValue as Guid?,
        _ => null,
    };
}
