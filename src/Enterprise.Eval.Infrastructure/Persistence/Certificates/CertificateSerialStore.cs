using System.Data.Common;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enterprise.Eval.Infrastructure.Persistence.Certificates;

/// <summary>
/// Serial reservation by one UPDATE … RETURNING (SQL Server: OUTPUT) on the scope's counter row; the statements of each
/// provider are <see cref="RawSql.EnsureSerialCounter"/> and <see cref="RawSql.ReserveSerials"/>. PostgreSQL and SQL Server: the UPDATE takes the row lock, and a concurrent issuer blocks on it until this
/// transaction ends, then reads the committed value (READ COMMITTED re-check). SQLite: the insert-if-missing is the
/// transaction's first statement and a write, so the database write lock is taken before anything is read and other
/// writers wait out the busy timeout; what still fails with SQLITE_BUSY is retried as a whole by the execution strategy.
/// </summary>
internal sealed class CertificateSerialStore(EvalDbContext db) : ICertificateSerialStore
{
    public const string Table = "certificate_serial_counters";

    public async Task<T> InIssuingTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        // The provider's retrying strategy (Persistence/Resilience) owns the transaction: on lock contention or a lost
        // connection it runs the whole transaction again, from a clean unit of work, and logs the retry.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    public async Task<int> ReserveAsync(CertificateSerialScope scope, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Serials can only be reserved inside the issuing transaction.");
        var connection = db.Database.GetDbConnection();

        await using (var insert = Command(connection, transaction, RawSql.EnsureSerialCounter.For(db.Database)))
        {
            Add(insert, "@prefix", scope.Prefix);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var update = Command(connection, transaction, RawSql.ReserveSerials.For(db.Database));
        Add(update, "@count", count);
        Add(update, "@prefix", scope.Prefix);
        var last = Convert.ToInt32(await update.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return last;
    }

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
