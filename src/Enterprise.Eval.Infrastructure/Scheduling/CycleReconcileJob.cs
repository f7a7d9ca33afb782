using Enterprise.Eval.Application.Cycles;
using Hangfire;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Recurring: re-creates missing cycle jobs, removes stale ones, and runs at once every armed step whose instant has
/// come by the product's clock (a simulated clock may jump past a job that Hangfire still counts down in real time).
/// </summary>
public sealed class CycleReconcileJob(CycleScheduler scheduler, ITimetableScheduler timetable, TimeProvider time)
{
    public const string Id = "cycle-reconcile";

    /// <summary>The distributed lock one reconcile run holds; a run that finds it taken ends at once.</summary>
    public const string LockResource = "enterprise-eval:cycle-reconcile";

    [JobDisplayName("评价周期：核对全部定时步骤")]
    [AutomaticRetry(Attempts = 0)]
    [SkipWhenAlreadyRunning(LockResource)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await scheduler.ReconcileAllAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var due in (await timetable.ListAsync(cancellationToken)).Where(t => t.At <= now).Select(t => t.CycleId).Distinct())
            await scheduler.RunDueStepsAsync(due, cancellationToken);
    }
}
