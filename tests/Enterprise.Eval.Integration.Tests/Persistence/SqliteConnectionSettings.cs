using System.Data.Common;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Persistence;

/// <summary>
/// The product's SQLite connections as issue 16 measured best (SqliteConnectionSetup): SQLite's own busy handler,
/// synchronous FULL, and a private cache, so a reader is never locked out by another connection's open write.
/// </summary>
public sealed class SqliteConnectionSettings : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    public async Task InitializeAsync()
    {
        _database.Options.SqliteBusyTimeoutSeconds = 2;
        await using var db = _database.NewContext();
        await db.Database.OpenConnectionAsync();
        await Execute(db.Database.GetDbConnection(), "PRAGMA journal_mode=WAL; CREATE TABLE probe (x INTEGER NOT NULL);");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static async Task<object?> Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task ProductConnection_WaitsInSqlitesBusyHandler_AndSyncsEveryCommit()
    {
        await using var db = _database.NewContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal(2000L, await Execute(connection, "PRAGMA busy_timeout"));
        Assert.Equal(2L, await Execute(connection, "PRAGMA synchronous")); // FULL
        Assert.Equal("wal", await Execute(connection, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Reader_SeesTheLastCommit_WhileAnotherConnectionHoldsAnOpenWrite()
    {
        await using var writer = _database.NewContext();
        await using var reader = _database.NewContext();
        await writer.Database.OpenConnectionAsync();
        await reader.Database.OpenConnectionAsync();
        await Execute(writer.Database.GetDbConnection(), "INSERT INTO probe VALUES (1)");
        await using var open = await writer.Database.GetDbConnection().BeginTransactionAsync();
        await Execute(writer.Database.GetDbConnection(), "INSERT INTO probe VALUES (2)", open);

        // With a shared cache this read is refused SQLITE_LOCKED (table lock) until the writer commits.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var count = await Execute(reader.Database.GetDbConnection(), "SELECT COUNT(*) FROM probe");

        Assert.Equal(1L, count);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"the read waited {started.Elapsed}");
        await open.RollbackAsync();
    }
}
