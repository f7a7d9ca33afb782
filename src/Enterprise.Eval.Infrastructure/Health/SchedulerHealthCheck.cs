using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Enterprise.Eval.Infrastructure.Health;

/// <summary>Healthy when Hangfire's storage answers and at least one Hangfire server has sent a heartbeat recently.</summary>
public sealed class SchedulerHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatFresh = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var realNow = DateTime.UtcNow;
            var live = monitoring.Servers().Count(s => s.Heartbeat is { } beat && realNow - beat < HeartbeatFresh);
            if (live == 0)
                return Task.FromResult(HealthCheckResult.Unhealthy("no Hangfire server running"));
            var scheduled = monitoring.ScheduledCount();
            _ = time;
            return Task.FromResult(HealthCheckResult.Healthy($"Hangfire: {live} server(s) running, {scheduled} scheduled job(s)"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unreachable", e));
        }
    }
}
