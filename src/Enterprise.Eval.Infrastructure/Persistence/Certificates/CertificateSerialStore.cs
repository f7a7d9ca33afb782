using System.Data.Common;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Certificates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Enterprise.Eval.Infrastructure.Persistence.Certificates;

/// <summary>
/// Serial reservation by one UPDATE … RETURNING on the scope's counter row, valid SQL on SQLite (3.35+) and
/// PostgreSQL alike. PostgreSQL: the UPDATE takes the row lock, and a concurrent issuer blocks on it until this
/// transaction ends, then reads the committed value (READ COMMITTED re-check). SQLite: the insert-if-missing is the
/// transaction's first statement and a write, so the database write lock is taken before anything is read and other
/// writers wait out the busy timeout; what still fails with SQLITE_BUSY is retried here as a whole.
/// </summary>
internal sealed class CertificateSerialStore(EvalDbContext db, ILogger<CertificateSerialStore> log) : ICertificateSerialStore
{
    public const string Table = "certificate_serial_counters";
    private const int MaxAttempts = 8;

    public async Task<T> InIssuingTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The provider's execution strategy (Npgsql retries transient failures) must own the transaction.
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(async ct =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var result = await work(ct);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return result;
                }, cancellationToken);
            }
            catch (Exception e) when (attempt < MaxAttempts && IsContention(e))
            {
                db.ChangeTracker.Clear();
                var delay = TimeSpan.FromMilliseconds(Math.Min(2000, 25 * (1 << attempt)) + Random.Shared.Next(0, 25));
                log.LogWarning("Issuing transaction hit lock contention ({Reason}); attempt {Attempt} of {Max}, retrying in {Delay} ms",
                    Describe(e), attempt, MaxAttempts, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    public async Task<int> ReserveAsync(CertificateSerialScope scope, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Serials can only be reserved inside the issuing transaction.");
        var connection = db.Database.GetDbConnection();

        await using (var insert = Command(connection, transaction,
            $"INSERT INTO {Table} (\"Prefix\", \"LastIssuedSerial\") VALUES (@prefix, 0) ON CONFLICT (\"Prefix\") DO NOTHING"))
        {
            Add(insert, "@prefix", scope.Prefix);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var update = Command(connection, transaction,
            $"UPDATE {Table} SET \"LastIssuedSerial\" = \"LastIssuedSerial\" + @count WHERE \"Prefix\" = @prefix RETURNING \"LastIssuedSerial\"");
        Add(update, "@count", count);
        Add(update, "@prefix", scope.Prefix);
        var last = Convert.ToInt32(await update.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return last;
    }

    internal static bool IsContention(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        PostgresException p => p.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.LockNotAvailable,
        DbUpdateException { InnerException: { } inner } => IsContention(inner),
        RetryLimitExceededException => false,
        _ => e.InnerException is { } inner && IsContention(inner),
    };

    private static string Describe(Exception e) => e switch
    {
        SqliteException s => $"SQLite error {s.SqliteErrorCode}",
        PostgresException p => $"PostgreSQL {p.SqlState}",
        _ => e.InnerException is { } inner ? Describe(inner) : e.GetType().Name,
    };

    private static DbCommand Command(DbConnection connection, IDbContextTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
