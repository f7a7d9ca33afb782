using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Infrastructure.Time;

/// <summary>Says loudly at start that the service is not on real time, so a rehearsal is never mistaken for production.</summary>
internal sealed class SimulatedClockNotice(TimeProvider clock, ILogger<SimulatedClockNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (clock is SimulatedClock simulated)
            logger.LogWarning(
                "SIMULATED CLOCK (模拟时钟，仅用于演练和测试): now reads {Now:o}, taken from {File}; every deadline, trigger and date follows this file, not real time. Remove Clock:SimulatedNowFile for production.",
                simulated.GetUtcNow(), simulated.FilePath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
