using Enterprise.Eval.Application;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Persistence;

/// <summary>
/// A database as the release before SQL Server left it (last migration 20261121000900_ReviewAttendance), holding an
/// enterprise and its audit chain, is upgraded by the service's own start-up migration: nothing is lost, the chain still
/// verifies, and the status token's unique index now skips NULLs as the model says.
/// </summary>
public abstract class UpgradeFromTheNovemberRelease
{
    private const string LastNovemberMigration = "20261121000900_ReviewAttendance";

    protected abstract Task<TestDatabase> NewDatabaseAsync();

    protected abstract string StatusTokenIndexSql { get; }

    [Fact]
    public async Task StartUpMigration_UpgradesTheNovemberDatabase_WithNothingLost()
    {
        await using var database = await NewDatabaseAsync();
        await using (var old = database.NewContext()) await old.GetService<IMigrator>().MigrateAsync(LastNovemberMigration);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication();
        services.AddPersistence(configuration);
        await using var provider = services.BuildServiceProvider();
        Guid enterpriseId;
        await using (var scope = provider.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>();
            var (enterprise, _) = await registry.RegisterAsync(new EnterpriseRegistration(
                "甲机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省职业技能鉴定中心",
                "苏评备〔2026〕001号", new DateOnly(2026, 1, 5)), "test");
            await registry.SuspendAsync(enterprise.Id, "test");
            enterpriseId = enterprise.Id;
        }

        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        await using var db = database.NewContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        var stored = await db.Set<RegisteredEnterprise>().AsNoTracking().SingleAsync(e => e.Id == enterpriseId);
        Assert.Equal("甲机械有限公司", stored.Name);
        Assert.Equal(1, await db.Set<ApiKey>().CountAsync(k => k.EnterpriseId == enterpriseId));
        Assert.Equal(["enterprise.registered", "enterprise.suspended"],
            await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync());
        await using (var scope = provider.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).IsIntact);
        var indexSql = await db.Database.SqlQueryRaw<string>(StatusTokenIndexSql).SingleAsync();
        Assert.Contains("\"StatusToken\" IS NOT NULL", indexSql, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class UpgradeFromTheNovemberReleaseOnSqlite : UpgradeFromTheNovemberRelease
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());

    protected override string StatusTokenIndexSql => "SELECT sql AS \"Value\" FROM sqlite_master WHERE name = 'IX_applications_StatusToken'";
}

[Collection("postgres")]
public sealed class UpgradeFromTheNovemberReleaseOnPostgres(PostgresFixture postgres) : UpgradeFromTheNovemberRelease
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);

    protected override string StatusTokenIndexSql => "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_applications_StatusToken'";
}
