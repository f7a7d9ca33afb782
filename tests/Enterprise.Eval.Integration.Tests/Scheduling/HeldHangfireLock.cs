using Hangfire;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>
/// A Hangfire distributed lock held by another party until disposed, as a second node's running job would hold it.
/// Hangfire's SQLite lock counts re-entry per thread, so one dedicated thread takes and releases it.
/// </summary>
internal sealed class HeldHangfireLock : IAsyncDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly Task _holder;

    private HeldHangfireLock(JobStorage storage, string resource)
    {
        using var taken = new ManualResetEventSlim();
        _holder = Task.Factory.StartNew(() =>
        {
            using var connection = storage.GetConnection();
            using (connection.AcquireDistributedLock(resource, TimeSpan.FromSeconds(30)))
            {
                taken.Set();
                _release.Wait(TimeSpan.FromSeconds(60));
            }
        }, TaskCreationOptions.LongRunning);
        if (!taken.Wait(TimeSpan.FromSeconds(30)))
            throw new TimeoutException($"the lock {resource} was not free within 30 s");
    }

    public static HeldHangfireLock Take(JobStorage storage, string resource) => new(storage, resource);

    public async ValueTask DisposeAsync()
    {
        _release.Set();
        await _holder;
        _release.Dispose();
    }
}
