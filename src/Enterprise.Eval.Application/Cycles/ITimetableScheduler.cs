namespace Enterprise.Eval.Application.Cycles;

/// <summary>The durable timer behind cycles (Hangfire in production). Both operations are safe to repeat.</summary>
public interface ITimetableScheduler
{
    Task<IReadOnlyList<ScheduledTrigger>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Arms the trigger, replacing any trigger the cycle already has.</summary>
    Task ScheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken);

    Task UnscheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken);
}
