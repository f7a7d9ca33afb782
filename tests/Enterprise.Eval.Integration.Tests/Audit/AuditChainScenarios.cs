using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Audit;

/// <summary>The audit trail is a hash chain: concurrent writers extend it without forks, and tampering is named.</summary>
public abstract class AuditChainScenarios
{
    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [Fact]
    public async Task ConcurrentWriters_ExtendOneChain_WithoutGaps()
    {
        await using var database = await NewDatabaseAsync();
        var id = await RegisterAsync(database);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await using var db = database.NewContext();
                await new EnterpriseRegistry(db, new AuditTrail(db, TimeProvider.System), TimeProvider.System).RotateKeyAsync(id, "test");
            }
        })));

        var report = await VerifyAsync(database);
        Assert.True(report.IsIntact, report.Message);
        Assert.Equal(41, report.RecordsChecked);
    }

    [Fact]
    public async Task EditedRecord_IsNamed()
    {
        await using var database = await NewDatabaseAsync();
        var id = await RegisterAsync(database);
        await RotateAsync(database, id, times: 3);
        await using (var db = database.NewContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_records SET \"Actor\" = 'mallory' WHERE \"Sequence\" = 2");

        var report = await VerifyAsync(database);

        Assert.False(report.IsIntact);
        Assert.Equal("EVAL-AUDIT-001", report.Code);
        Assert.Contains("第2条", report.Message);
    }

    [Fact]
    public async Task DeletedRecordInTheMiddle_IsNamed()
    {
        await using var database = await NewDatabaseAsync();
        var id = await RegisterAsync(database);
        await RotateAsync(database, id, times: 3);
        await using (var db = database.NewContext())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_records WHERE \"Sequence\" = 3");

        var report = await VerifyAsync(database);

        Assert.Equal("EVAL-AUDIT-002", report.Code);
        Assert.Contains("第3条", report.Message);
    }

    [Fact]
    public async Task DeletedLastRecord_IsDetected()
    {
        await using var database = await NewDatabaseAsync();
        var id = await RegisterAsync(database);
        await RotateAsync(database, id, times: 2);
        await using (var db = database.NewContext())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_records WHERE \"Sequence\" = 3");

        Assert.Equal("EVAL-AUDIT-004", (await VerifyAsync(database)).Code);
    }

    private static async Task<Guid> RegisterAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var (enterprise, _) = await new EnterpriseRegistry(db, new AuditTrail(db, TimeProvider.System), TimeProvider.System).RegisterAsync(
            new EnterpriseRegistration("测试机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省", "1", new DateOnly(2026, 1, 5)), "test");
        return enterprise.Id;
    }

    private static async Task RotateAsync(TestDatabase database, Guid id, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await using var db = database.NewContext();
            await new EnterpriseRegistry(db, new AuditTrail(db, TimeProvider.System), TimeProvider.System).RotateKeyAsync(id, "test");
        }
    }

    private static async Task<Domain.Audit.AuditChainReport> VerifyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await new AuditVerifier(db).VerifyAsync();
    }
}

public sealed class AuditChainOnSqlite : AuditChainScenarios
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

[Collection("postgres")]
public sealed class AuditChainOnPostgres(PostgresFixture postgres) : AuditChainScenarios
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);
}
