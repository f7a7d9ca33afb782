using System.Diagnostics;
using Enterprise.Eval.Application;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Infrastructure.Persistence.Resilience;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Enterprise.Eval.Integration.Tests.Persistence;

/// <summary>
/// The retry rule (Persistence/Resilience): a unit of work that meets a busy SQLite database or a lost PostgreSQL
/// connection is run again whole, with backoff, and each retry is a warning in the log that names only the error code.
/// </summary>
public abstract class TransientFailureRetry : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    protected abstract Task<TestDatabase> NewDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await NewDatabaseAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SqliteBusyTimeoutSeconds"] = "1" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        services.AddApplication();
        services.AddPersistence(configuration);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected TestDatabase Database => _database;

    /// <summary>The retry warnings logged so far.</summary>
    protected List<string> Retries =>
        [.. _logs.Entries.Where(e => e.Category == TransientFailureLog.Category && e.Level == LogLevel.Warning).Select(e => e.Message)];

    protected async Task<Guid> RegisterAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var (enterprise, _) = await scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>().RegisterAsync(new EnterpriseRegistration(
            "甲机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省职业技能鉴定中心",
            "苏评备〔2026〕001号", new DateOnly(2026, 1, 5)), "test");
        return enterprise.Id;
    }

    protected async Task SuspendAsync(Guid enterpriseId)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>().SuspendAsync(enterpriseId, "test");
    }

    protected async Task<List<string>> AuditActionsAsync()
    {
        await using var db = _database.NewContext();
        return await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync();
    }
}

/// <summary><see cref="TransientFailureRetry"/> on SQLite: another connection holds the write lock for 4 s, four times the busy wait of one statement (1 s here).</summary>
public sealed class TransientFailureRetryOnSqlite : TransientFailureRetry
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());

    [Fact]
    public async Task AWriter_Succeeds_WhileAnotherConnectionHoldsTheWriteLock_AndTheLogShowsTheRetries()
    {
        var release = new TaskCompletionSource();
        var locked = new TaskCompletionSource();
        var holder = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection($"Data Source={Database.Options.SqlitePath};Pooling=False");
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(); // BEGIN IMMEDIATE: the write lock
            await using (var write = connection.CreateCommand())
            {
                write.Transaction = transaction;
                write.CommandText = "UPDATE audit_chain_head SET \"LastSequence\" = \"LastSequence\"";
                await write.ExecuteNonQueryAsync();
            }
            locked.SetResult();
            await release.Task;
            await transaction.CommitAsync();
        });
        await locked.Task;
        var watch = Stopwatch.StartNew();
        _ = Task.Delay(TimeSpan.FromSeconds(4)).ContinueWith(_ => release.SetResult(), TaskScheduler.Default);

        await RegisterAsync();

        await holder;
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(3.9), $"the writer finished after {watch.Elapsed} although the lock was held 4 s");
        Assert.Equal(["enterprise.registered"], await AuditActionsAsync());
        var retries = Retries;
        Assert.NotEmpty(retries);
        Assert.All(retries, r => Assert.Matches(@"^Database SQLite error (5 \(busy\)|6 \(locked\)): transient failure, the unit of work is retried whole \(\d of 8\) in \d+ ms$", r));
    }

    [Fact]
    public async Task AWriter_LogsNoRetry_WhenNothingHoldsTheLock()
    {
        await RegisterAsync();
        Assert.Empty(Retries);
    }
}

/// <summary><see cref="TransientFailureRetry"/> on PostgreSQL: the server ends every connection of the database mid-work.</summary>
[Collection("postgres")]
public sealed class TransientFailureRetryOnPostgres(PostgresFixture postgres) : TransientFailureRetry
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);

    [Fact]
    public async Task AUnitOfWork_Succeeds_AfterTheServerTerminatedItsConnections_AndTheLogShowsTheRetry()
    {
        var enterprise = await RegisterAsync();    // leaves open connections in the pool

        Assert.True(await TerminateOtherBackendsAsync() > 0, "no backend of the database was terminated");
        await SuspendAsync(enterprise);

        Assert.Equal(["enterprise.registered", "enterprise.suspended"], await AuditActionsAsync());
        var retry = Assert.Single(Retries);
        Assert.Matches(@"^Database PostgreSQL (57P01|connection.*): transient failure, the unit of work is retried whole \(1 of 6\) in \d+ ms$", retry);
    }

    private async Task<int> TerminateOtherBackendsAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(Database.Options.ConnectionString) { Pooling = false };
        var target = builder.Database;
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("db", target!);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
