using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enterprise.Eval.Infrastructure.Persistence.Resilience;

/// <summary>
/// SQL Server's half of the retry rule: SqlClient's transient errors (lost connections, failover, throttling), a
/// deadlock victim (1205) and a lock request timeout (1222) re-run the whole unit of work with exponential backoff,
/// and each retry is logged as a warning naming only the error number.
/// </summary>
public sealed class SqlServerRetryingStrategy(ExecutionStrategyDependencies dependencies)
    : SqlServerRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(4), [1205, 1222])
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
