using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Domain.Tests.Cycles;

internal sealed class InMemoryTimetableScheduler : ITimetableScheduler
{
    public List<ScheduledTrigger> Triggers { get; } = [];

    public Task<IReadOnlyList<ScheduledTrigger>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledTrigger>>(Triggers.ToList());

    public Task ScheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        Triggers.RemoveAll(t => t.CycleId == trigger.CycleId);
        Triggers.Add(trigger);
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        Triggers.Remove(trigger);
        return Task.CompletedTask;
    }
}
