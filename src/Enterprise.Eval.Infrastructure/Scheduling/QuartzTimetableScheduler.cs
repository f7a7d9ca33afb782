using System.Globalization;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Cycle triggers as Quartz one-shot triggers on the durable <see cref="CycleStepJob"/>. The trigger name carries
/// the cycle, the step and the planned instant, so listing needs no job data; a trigger whose instant has passed
/// fires at once (misfire: fire now).
/// </summary>
public sealed class QuartzTimetableScheduler(ISchedulerFactory factory, TimeProvider time) : ITimetableScheduler
{
    public const string Group = "eval-cycles";

    private const string InstantFormat = "yyyyMMdd'T'HHmmssfffffff'Z'";

    public async Task<IReadOnlyList<ScheduledTrigger>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var found = new List<ScheduledTrigger>();
        var query = new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(Group), Take = 500 };
        while (true)
        {
            var page = await scheduler.QueryTriggers(query, cancellationToken);
            found.AddRange(page.Items.Select(h => Parse(h.Key)).OfType<ScheduledTrigger>());
            if (!page.HasMore || page.Items.Count == 0)
                return found;
            query = query with { Skip = query.Skip + page.Items.Count };
        }
    }

    public async Task ScheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(CycleStepJob.Key, cancellationToken))
            await scheduler.AddJob(
                JobBuilder.Create<CycleStepJob>().WithIdentity(CycleStepJob.Key).StoreDurably().Build(),
                AddJobOptions.Replacing, cancellationToken);

        var quartzTrigger = TriggerBuilder.Create(time)
            .WithIdentity(KeyOf(trigger))
            .WithDescription($"Cycle {trigger.CycleId}: {trigger.Step}")
            .ForJob(CycleStepJob.Key)
            .UsingJobData(CycleStepJob.CycleIdKey, trigger.CycleId.ToString())
            .StartAt(trigger.At)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(quartzTrigger, TriggerConflict.Replace, cancellationToken);
    }

    public async Task UnscheduleAsync(ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(KeyOf(trigger), cancellationToken);
    }

    public static TriggerKey KeyOf(ScheduledTrigger trigger) => new(
        $"{trigger.CycleId:N}.{trigger.Step}.{trigger.At.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture)}",
        Group);

    public static ScheduledTrigger? Parse(TriggerKey key)
    {
        var parts = key.Name.Split('.');
        if (parts.Length != 3
            || !Guid.TryParseExact(parts[0], "N", out var cycleId)
            || !Enum.TryParse<CycleStep>(parts[1], out var step)
            || !DateTime.TryParseExact(parts[2], InstantFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            return null;
        return new ScheduledTrigger(cycleId, step, new DateTimeOffset(at, TimeSpan.Zero));
    }
}
