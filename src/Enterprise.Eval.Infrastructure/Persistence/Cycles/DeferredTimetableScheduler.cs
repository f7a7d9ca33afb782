using Enterprise.Eval.Application.Cycles;

namespace Enterprise.Eval.Infrastructure.Persistence.Cycles;

/// <summary>
/// The timer for processes that run no scheduler (the command-line verbs): arms nothing. The running service's
/// reconcile job (at start-up and every Scheduler:ReconcileSeconds) creates the trigger a verb's change needs.
/// </summary>
public sealed class DeferredTimetableScheduler : ITimetableScheduler
{
    public Task<IReadOnlyList<ScheduledTrigger>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledTrigger>>([]);

    public Task ScheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UnscheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken) => Task.CompletedTask;
}
