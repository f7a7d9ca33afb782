using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Cycle triggers as Hangfire delayed jobs of <see cref="CycleStepJob"/>. The job's arguments carry the cycle, the step
/// and the planned instant, so listing needs no side table. Hangfire counts in real time while the product may run
/// on a simulated clock (<c>Clock:SimulatedNowFile</c>, tests): a job is delayed by "instant minus the product's now",
/// and the job itself checks the product's clock when it wakes (see <see cref="CycleStepJob"/>).
/// </summary>
public sealed class HangfireTimetableScheduler(JobStorage storage, IBackgroundJobClient client, TimeProvider time) : ITimetableScheduler
{
    private const int PageSize = 500;

    public Task<IReadOnlyList<ScheduledTrigger>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledTrigger>>(ListJobs(cancellationToken).Select(j => j.Trigger).ToList());

    public Task ScheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        foreach (var (id, _) in ListJobs(cancellationToken).Where(j => j.Trigger.CycleId == trigger.CycleId))
            client.Delete(id);
        Arm(client, trigger, time);
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        foreach (var (id, _) in ListJobs(cancellationToken).Where(j => j.Trigger == trigger))
            client.Delete(id);
        return Task.CompletedTask;
    }

    /// <summary>Schedules the step job at the trigger's instant as the product's clock counts it (at once if due).</summary>
    internal static string Arm(IBackgroundJobClient client, ScheduledTrigger trigger, TimeProvider time)
    {
        var delay = trigger.At - time.GetUtcNow();
        var job = Job.FromExpression<CycleStepJob>(j => j.RunAsync(trigger.CycleId, trigger.Step, trigger.At, CancellationToken.None));
        return client.Create(job, new ScheduledState(delay > TimeSpan.Zero ? delay : TimeSpan.Zero));
    }

    private List<(string Id, ScheduledTrigger Trigger)> ListJobs(CancellationToken cancellationToken)
    {
        var monitoring = storage.GetMonitoringApi();
        var found = new List<(string, ScheduledTrigger)>();
        for (var from = 0; ; from += PageSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = monitoring.ScheduledJobs(from, PageSize);
            foreach (var (id, dto) in page)
                if (dto?.Job is { } job && TriggerOf(job) is { } trigger)
                    found.Add((id, trigger));
            if (page.Count < PageSize)
                return found;
        }
    }

    /// <summary>The cycle step a job stands for (also how the dashboard names it), or null for any other job.</summary>
    public static ScheduledTrigger? TriggerOf(Job job) =>
        job.Type == typeof(CycleStepJob) && job.Args.Count >= 3
        && job.Args[0] is Guid cycleId && job.Args[1] is CycleStep step && job.Args[2] is DateTimeOffset at
            ? new ScheduledTrigger(cycleId, step, at)
            : null;
}
