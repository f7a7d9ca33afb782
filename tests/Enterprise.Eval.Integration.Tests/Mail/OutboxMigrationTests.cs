using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class OutboxMigrationTests
{
    [Fact]
    public async Task Migrations_LeaveNoPendingModelChanges_WithTheOutboxOnSqlite()
    {
        await using var host = await MailTestHost.StartAsync();

        var pending = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<EvalDbContext>().Database.HasPendingModelChanges()));
        var applied = await host.InScopeAsync(async sp => (await sp.GetRequiredService<EvalDbContext>().Database.GetAppliedMigrationsAsync()).ToList());

        Assert.False(pending);
        Assert.Contains("20261121000500_Outbox", applied);
    }

    [Fact]
    public void Snapshot_MatchesTheModel_OnPostgreSql()
    {
        // Comparing the snapshot with the model needs the provider's conventions, not a server.
        var builder = new DbContextOptionsBuilder<EvalDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Port=1;Database=none;Username=none",
        });
        using var db = new EvalDbContext(builder.Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
