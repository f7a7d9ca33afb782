using Enterprise.Eval.Application.Cycles;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Fired by a cycle's trigger: asks <see cref="CycleScheduler"/> to take whatever is due. Safe to run twice, late
/// or on another node: the service decides from the cycle's state, not from the trigger.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CycleStepJob(CycleScheduler scheduler, ILogger<CycleStepJob> logger) : IJob
{
    public const string CycleIdKey = "cycleId";

    public static readonly JobKey Key = new("cycle-step", QuartzTimetableScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetValue(CycleIdKey, out var value) || !Guid.TryParse(value?.ToString(), out var cycleId))
        {
            logger.LogError("Trigger {Trigger} carries no cycle id; ignored", context.Trigger.Key);
            return;
        }

        await scheduler.RunDueStepsAsync(cycleId, cancellationToken);
    }
}
