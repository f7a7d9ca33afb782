using Enterprise.Eval.Domain.Cycles;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Application.Cycles;

/// <summary>
/// Moves cycles along their timetables. The durable scheduler only wakes this service; all decisions are here, and
/// every operation is safe to run twice or late: a run takes every automatic step that is due, in order, and then
/// re-arms the one trigger for the next step.
/// </summary>
public sealed class CycleScheduler(
    ICycleRepository cycles, ITimetableScheduler scheduler, CycleStepRunner steps, TimeProvider time, ILogger<CycleScheduler> logger)
{
    public const string Actor = "system:scheduler";

    /// <summary>Below this a step counts as on time (the scheduler's own latency); above it the log says how late.</summary>
    public static readonly TimeSpan LateThreshold = TimeSpan.FromSeconds(5);

    public async Task<CycleRunReport> RunDueStepsAsync(Guid cycleId, CancellationToken cancellationToken)
    {
        var cycle = await cycles.FindAsync(cycleId, cancellationToken);
        if (cycle is null)
        {
            logger.LogWarning("Cycle {CycleId} not found; removing its triggers", cycleId);
            await RemoveTriggersAsync(cycleId, keep: null, cancellationToken);
            return new CycleRunReport(cycleId, Found: false, [], Next: null);
        }

        var now = time.GetUtcNow();
        if (!await cycles.CanRunAsync(cycle, cancellationToken))
        {
            logger.LogWarning("Cycle {CycleId}: its enterprise may not run evaluations now; no step taken, trigger removed", cycleId);
            await RemoveTriggersAsync(cycleId, keep: null, cancellationToken);
            return new CycleRunReport(cycleId, Found: true, [], cycle.WhatIsNext(now));
        }

        var taken = new List<CycleEvent>();
        while (DueAutomaticStep(cycle, now) is { } step)
        {
            var planned = cycle.WhatIsNext(now)?.DueAt;
            StepResult result;
            try
            {
                // Each step commits on its own with its consequences (see CycleStepRunner).
                result = await steps.TakeAsync(cycle, step, now, Actor, cancellationToken);
            }
            catch (CycleChangedElsewhereException)
            {
                // Another worker took the step first: its save stands, ours is rolled back, and nothing happened twice.
                logger.LogInformation("Cycle {CycleId}: steps already taken by another worker", cycleId);
                return new CycleRunReport(cycleId, Found: true, taken, Next: null);
            }
            if (result.Event is null)
                break;
            taken.Add(result.Event);
            if (result.Event.LateBy is { } late && late >= LateThreshold)
                logger.LogWarning(
                    "Cycle {CycleId}: {Step} fired late by {LateBy} (planned {PlannedAt:o}, taken {TakenAt:o})",
                    cycleId, step, late, planned, now);
            else
                logger.LogInformation("Cycle {CycleId}: {Step} taken on time", cycleId, step);
        }
        await ReconcileAsync(cycle, now, cancellationToken);
        return new CycleRunReport(cycleId, Found: true, taken, cycle.WhatIsNext(now));
    }

    /// <summary>Re-arms one cycle's trigger after a change made elsewhere (schedule, pause, resume, extension).</summary>
    public async Task<ReconcileReport> ReconcileCycleAsync(Guid cycleId, CancellationToken cancellationToken)
    {
        var cycle = await cycles.FindAsync(cycleId, cancellationToken);
        if (cycle is null)
            return new ReconcileReport(0, await RemoveTriggersAsync(cycleId, keep: null, cancellationToken));
        return await ReconcileAsync(cycle, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// Makes the armed triggers match the cycles: a missing trigger is created, a stale one (wrong step or instant,
    /// paused, finished or unknown cycle) is removed. Run at start-up and periodically.
    /// </summary>
    public async Task<ReconcileReport> ReconcileAllAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var desired = (await cycles.ListActiveAsync(cancellationToken))
            .Select(c => DesiredTrigger(c, now))
            .OfType<ScheduledTrigger>()
            .ToHashSet();
        var existing = (await scheduler.ListAsync(cancellationToken)).ToHashSet();

        var removed = 0;
        foreach (var stale in existing.Where(t => !desired.Contains(t)))
        {
            await scheduler.UnscheduleAsync(stale, cancellationToken);
            removed++;
        }

        var created = 0;
        foreach (var missing in desired.Where(t => !existing.Contains(t)))
        {
            await scheduler.ScheduleAsync(missing, cancellationToken);
            created++;
        }

        if (created + removed > 0)
            logger.LogInformation("Cycle triggers reconciled: {Created} created, {Removed} removed", created, removed);
        return new ReconcileReport(created, removed);
    }

    private async Task<ReconcileReport> ReconcileAsync(EvaluationCycle cycle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var desired = DesiredTrigger(cycle, now);
        var removed = await RemoveTriggersAsync(cycle.Id, keep: desired, cancellationToken);
        var existing = await scheduler.ListAsync(cancellationToken);
        if (desired is null || existing.Contains(desired))
            return new ReconcileReport(0, removed);

        await scheduler.ScheduleAsync(desired, cancellationToken);
        return new ReconcileReport(1, removed);
    }

    private async Task<int> RemoveTriggersAsync(Guid cycleId, ScheduledTrigger? keep, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var trigger in (await scheduler.ListAsync(cancellationToken)).Where(t => t.CycleId == cycleId && t != keep))
        {
            await scheduler.UnscheduleAsync(trigger, cancellationToken);
            removed++;
        }

        return removed;
    }

    private static ScheduledTrigger? DesiredTrigger(EvaluationCycle cycle, DateTimeOffset now) =>
        cycle.WhatIsNext(now) is { IsAutomatic: true, IsPaused: false, DueAt: { } due } next
            ? new ScheduledTrigger(cycle.Id, next.Step, due)
            : null;

    private static CycleStep? DueAutomaticStep(EvaluationCycle cycle, DateTimeOffset now) =>
        cycle.WhatIsNext(now) is { IsAutomatic: true, IsPaused: false, DueAt: { } due } next && due <= now ? next.Step : null;
}
