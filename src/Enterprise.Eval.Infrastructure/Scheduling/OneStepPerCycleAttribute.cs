using Hangfire.Common;
using Hangfire.Server;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// One cycle's steps run one at a time; steps of other cycles do not wait for it. Hangfire's DisableConcurrentExecution
/// names its lock after the job's method only, so every cycle's steps queued behind each other: with many cycles due
/// at one instant the last step ran seconds late. The lock names the cycle (the job's first argument). A step that
/// cannot take it within the timeout fails and is retried, as Hangfire's own attribute does.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneStepPerCycleAttribute(int timeoutInSeconds) : JobFilterAttribute, IServerFilter
{
    private const string LockItem = "enterprise-eval:cycle-step-lock";

    public static string ResourceFor(Guid cycleId) => $"enterprise-eval:cycle-step:{cycleId:N}";

    public void OnPerforming(PerformingContext context)
    {
        var cycleId = (Guid)context.BackgroundJob.Job.Args[0];
        context.Items[LockItem] = context.Connection.AcquireDistributedLock(ResourceFor(cycleId), TimeSpan.FromSeconds(timeoutInSeconds));
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(LockItem, out var held)) ((IDisposable)held).Dispose();
    }
}
