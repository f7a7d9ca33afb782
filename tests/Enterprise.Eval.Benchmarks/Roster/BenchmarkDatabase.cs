using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>
/// A fresh SQLite file prepared as the product prepares one: the real migrations, WAL as DatabaseMigrator sets it, and
/// one registered enterprise to import into. The baseline gets a file made the same way, so both insert into the same
/// table shape (columns, primary key, unique index, foreign key).
/// </summary>
internal static class BenchmarkDatabase
{
    public static DatabaseOptions Options(string path) => new() { Provider = DatabaseProvider.Sqlite, SqlitePath = path };

    public static EvalDbContext NewContext(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<EvalDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, options);
        return new EvalDbContext(builder.Options);
    }

    /// <summary>Migrates a new file and registers one enterprise; returns the enterprise's id.</summary>
    public static async Task<Guid> CreateAsync(DatabaseOptions options)
    {
        await using var db = NewContext(options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var registry = new EnterpriseRegistry(db, new AuditTrail(db, TimeProvider.System), TimeProvider.System);
        var (enterprise, _) = await registry.RegisterAsync(new EnterpriseRegistration(
            "基准测试机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省职业技能鉴定中心",
            "苏评备2026-001", new DateOnly(2026, 1, 5)), "benchmark");
        return enterprise.Id;
    }

    public static long CountEmployees(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM employees";
        return (long)count.ExecuteScalar()!;
    }
}
