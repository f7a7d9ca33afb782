using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>Creates the SQLite folder when needed and applies pending migrations; safe to run on every start.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> log)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        if (o.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(o.SqlitePath));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        if (o.Provider == DatabaseProvider.PostgreSql) await CreateHistoryTableAsync(db, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}", pending.Count, o.Provider, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        if (o.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the scheduler, the API and imports read while one of them writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>
    /// EF looks for its history table on PostgreSQL with a SELECT that fails on an empty database: handled, but logged
    /// as an error. Creating the empty table first keeps a clean first start out of the error log. Two nodes starting
    /// at once may race on it; the loser's duplicate is harmless.
    /// </summary>
    private static async Task CreateHistoryTableAsync(EvalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
        }
    }
}
