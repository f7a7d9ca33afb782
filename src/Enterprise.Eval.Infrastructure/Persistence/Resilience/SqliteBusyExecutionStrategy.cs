using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enterprise.Eval.Infrastructure.Persistence.Resilience;

/// <summary>
/// SQLite's half of the retry rule. Each statement first waits for the write lock up to Database:SqliteBusyTimeoutSeconds
/// (the driver's own busy wait); if the database is still busy or locked, the whole unit of work (its transaction with
/// everything in it) is run again after a short, growing, jittered pause, and each retry is logged as a warning.
/// A retrying strategy owns transactions: code that begins one wraps it in <c>CreateExecutionStrategy().ExecuteAsync</c>.
/// </summary>
public sealed class SqliteBusyExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(2))
{
    public const int MaxRetries = 8;

    protected override bool ShouldRetryOn(Exception exception) => IsBusy(exception);

    public static bool IsBusy(Exception exception) => exception switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        _ => exception.InnerException is { } inner && IsBusy(inner),
    };

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var attempt = ExceptionsEncountered.Count;
        if (attempt > MaxRetryCount) return null;
        var delay = TimeSpan.FromMilliseconds(Math.Min(MaxRetryDelay.TotalMilliseconds, 50 * Math.Pow(2, attempt - 1)) + Random.Next(0, 50));
        TransientFailureLog.Retrying(Dependencies, lastException, attempt, MaxRetryCount, delay);
        return delay;
    }
}
