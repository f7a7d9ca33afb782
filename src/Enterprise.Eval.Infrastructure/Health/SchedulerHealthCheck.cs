using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Health;

/// <summary>Healthy when the durable scheduler has started, is not in stand-by and can read its store.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            if (scheduler.Status != SchedulerStatus.Running)
                return HealthCheckResult.Unhealthy("scheduler not running");
            var groups = await scheduler.GetJobGroupNames(cancellationToken);
            return HealthCheckResult.Healthy($"scheduler running ({groups.Count} job groups)");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("scheduler store unreachable", e);
        }
    }
}
