using Hangfire.Common;
using Hangfire.Server;
using Hangfire.Storage;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// For a recurring job whose every run does the whole work (the reconcile): when another run already holds the job's
/// distributed lock, this run ends at once instead of waiting for it. Hangfire's DisableConcurrentExecution would make
/// it wait, holding a worker; a reconcile due every few seconds that runs longer than that then piles up behind itself
/// and takes every worker, so the digest and the cycle steps wait in the queue. A skipped run shows as Deleted in the
/// dashboard.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SkipWhenAlreadyRunningAttribute(string resource) : JobFilterAttribute, IServerFilter
{
    private const string LockItem = "enterprise-eval:skip-when-running-lock";

    public string Resource { get; } = resource;

    public void OnPerforming(PerformingContext context)
    {
        try
        {
            context.Items[LockItem] = context.Connection.AcquireDistributedLock(Resource, TimeSpan.Zero);
        }
        catch (DistributedLockTimeoutException)
        {
            context.Canceled = true;
        }
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(LockItem, out var held)) ((IDisposable)held).Dispose();
    }
}
