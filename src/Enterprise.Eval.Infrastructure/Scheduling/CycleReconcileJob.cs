using Enterprise.Eval.Application.Cycles;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>Runs at start-up and periodically: re-creates missing cycle triggers and removes stale ones.</summary>
[DisallowConcurrentExecution]
public sealed class CycleReconcileJob(CycleScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("cycle-reconcile", QuartzTimetableScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await scheduler.ReconcileAllAsync(cancellationToken);
}
