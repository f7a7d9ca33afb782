using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Enterprise.Eval.Infrastructure.Persistence.Resilience;

/// <summary>
/// The one log line of a retried unit of work. It names the error by its code only: a database message can quote the
/// values of a row, and those may be personal data.
/// </summary>
public static class TransientFailureLog
{
    public const string Category = "Enterprise.Eval.Infrastructure.Persistence.TransientFailure";

    internal static void Retrying(ExecutionStrategyDependencies dependencies, Exception failure, int attempt, int maxRetries, TimeSpan delay)
    {
        var factory = dependencies.CurrentContext.Context?.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        factory.CreateLogger(Category).LogWarning(
            "Database {Reason}: transient failure, the unit of work is retried whole ({Attempt} of {MaxRetries}) in {DelayMs} ms",
            Describe(failure), attempt, maxRetries, (int)delay.TotalMilliseconds);
    }

    internal static string Describe(Exception e) => e switch
    {
        SqliteException s => $"SQLite error {s.SqliteErrorCode} ({(s.SqliteErrorCode == 5 ? "busy" : s.SqliteErrorCode == 6 ? "locked" : "other")})",
        PostgresException p => $"PostgreSQL {p.SqlState}",
        SqlException q => $"SQL Server error {q.Number}",
        NpgsqlException n => n.InnerException is { } inner ? $"PostgreSQL connection ({inner.GetType().Name})" : "PostgreSQL connection",
        DbUpdateException { InnerException: { } inner } => Describe(inner),
        _ => e.InnerException is { } inner ? Describe(inner) : e.GetType().Name,
    };
}
