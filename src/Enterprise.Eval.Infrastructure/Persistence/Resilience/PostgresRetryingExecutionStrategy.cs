using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Enterprise.Eval.Infrastructure.Persistence.Resilience;

/// <summary>
/// PostgreSQL's half of the retry rule: Npgsql's transient errors (lost or refused connections, serialization
/// failures, deadlocks, lock timeouts) and a terminated backend (57P01, a restart or pg_terminate_backend) re-run the
/// whole unit of work with exponential backoff, and each retry is logged as a warning.
/// </summary>
public sealed class PostgresRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(4), ["40001", "40P01", "55P03", "57P01", "57P02", "57P03"])
{
    public const int MaxRetries = 6;

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var delay = base.GetNextDelay(lastException);
        if (delay is { } wait)
            TransientFailureLog.Retrying(Dependencies, lastException, ExceptionsEncountered.Count, MaxRetryCount, wait);
        return delay;
    }
}
