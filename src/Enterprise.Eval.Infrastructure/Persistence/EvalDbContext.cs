using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Audit;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// The one DbContext of the product; the provider (SQLite or PostgreSQL) is chosen by configuration. Partial: each
/// feature adds its sets in a file of its own beside this one, and its mappings under Configurations/. Built by the
/// host with the domain event dispatcher (EvalDbContext.DomainEvents.cs); a context built from options alone (tests,
/// migrations) saves no domain events.
/// </summary>
public sealed partial class EvalDbContext : DbContext, IEvalDbContext
{
    private readonly IDomainEventDispatcher? _dispatcher;

    public EvalDbContext(DbContextOptions<EvalDbContext> options) : base(options)
    {
    }

    public EvalDbContext(DbContextOptions<EvalDbContext> options, IDomainEventDispatcher dispatcher) : base(options) =>
        _dispatcher = dispatcher;

    public DbSet<RegisteredEnterprise> Enterprises => Set<RegisteredEnterprise>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvalDbContext).Assembly);
}
