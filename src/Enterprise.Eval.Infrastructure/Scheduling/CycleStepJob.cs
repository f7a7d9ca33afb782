using System.ComponentModel;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// A cycle's delayed job: asks <see cref="CycleScheduler"/> to take whatever is due. Safe to run twice, late or on
/// another node: the service decides from the cycle's state, not from the job. Hangfire may wake it early (on
/// PostgreSQL up to a second; under a simulated clock by the clock's jumps): then nothing is taken and the job
/// schedules itself again for the rest of the wait.
/// </summary>
public sealed class CycleStepJob(CycleScheduler scheduler, IBackgroundJobClient client, TimeProvider time, ILogger<CycleStepJob> logger)
{
    [CycleStepDisplayName]
    [DisplayName("Cycle step")]
    [AutomaticRetry(Attempts = 3)]
    [OneStepPerCycle(timeoutInSeconds: 60)]
    public async Task RunAsync(Guid cycleId, CycleStep step, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < at)
        {
            logger.LogDebug("Cycle {CycleId}: {Step} woke {Early} early; waiting for its instant", cycleId, step, at - now);
            HangfireTimetableScheduler.Arm(client, new ScheduledTrigger(cycleId, step, at), time);
            return;
        }

        await scheduler.RunDueStepsAsync(cycleId, cancellationToken);
    }
}
