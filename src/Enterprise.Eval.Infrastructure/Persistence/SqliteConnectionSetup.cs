using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// How the product's SQLite connections are set up, as measured with the API benchmark (docs/benchmarks.md, issue 16):
/// a private cache, so a reader sees the WAL snapshot instead of failing with SQLITE_LOCKED on a table another
/// connection of the process is writing (the shared cache's table locks); and SQLite's own busy handler
/// (<c>PRAGMA busy_timeout</c>), which retries a waiting writer within a millisecond or so of the lock's release,
/// instead of Microsoft.Data.Sqlite's retry loop, which sleeps in steps of about 150 ms. <c>synchronous</c> stays FULL
/// (set explicitly, not left to the build's default): in WAL mode NORMAL survives a killed process but may lose the
/// last commits on a power cut or OS crash, and the product answers 201 for a submission only once it is durable.
/// The pragmas run once per physical connection (the pool reuses it), not on every open.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, SqliteConnectionSetup> ByTimeout = new();

    private SqliteConnectionSetup(int busyTimeoutSeconds) => _pragmas = Pragmas(busyTimeoutSeconds);

    /// <summary>One instance per busy wait, as EF Core's options are built per unit of work.</summary>
    public static SqliteConnectionSetup For(int busyTimeoutSeconds) => ByTimeout.GetOrAdd(busyTimeoutSeconds, s => new SqliteConnectionSetup(s));

    /// <summary>The connection string settings after the file name, for anything that opens the product's file directly.</summary>
    public static string Settings(int busyTimeoutSeconds) => $"Cache=Private;Pooling=True;Default Timeout={busyTimeoutSeconds}";

    /// <summary>What runs on each new physical connection.</summary>
    public static string Pragmas(int busyTimeoutSeconds) => $"PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA synchronous=FULL;";

    // Keyed by the native handle, which a pooled connection keeps from one open to the next.
    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    private readonly string _pragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSetup(connection) is { } sqlite) Run(sqlite);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsSetup(connection) is { } sqlite) Run(sqlite);
        return Task.CompletedTask;
    }

    private static SqliteConnection? NeedsSetup(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } sqlite && !Prepared.TryGetValue(handle, out _) ? sqlite : null;

    // Synchronous on purpose: pragmas are answered from memory, without I/O.
    private void Run(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        Prepared.AddOrUpdate(connection.Handle!, connection.Handle!);
    }
}
