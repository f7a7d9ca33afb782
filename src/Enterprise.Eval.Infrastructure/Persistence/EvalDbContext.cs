using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Audit;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// The one DbContext of the product; the provider (SQLite or PostgreSQL) is chosen by configuration. Partial: each
/// feature adds its sets in a file of its own beside this one, and its mappings under Configurations/.
/// </summary>
public sealed partial class EvalDbContext(DbContextOptions<EvalDbContext> options) : DbContext(options), IEvalDbContext
{
    public DbSet<RegisteredEnterprise> Enterprises => Set<RegisteredEnterprise>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvalDbContext).Assembly);
}
