using System.Diagnostics;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>At start-up the service makes the stored triggers match the stored cycles.</summary>
public sealed class ReconcileSpecs
{
    [Fact]
    public async Task StartUp_RecreatesAMissingTriggerAndRemovesAStaleOne()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var opens = ChinaTime.At(new DateOnly(2026, 6, 10), new TimeOnly(9, 0));
        var stale = new ScheduledTrigger(Guid.NewGuid(), CycleStep.CloseWindow, opens.AddDays(3));
        Guid cycleId;
        await using (var first = await CycleHost.StartAsync(database, clock))
        {
            var (_, key) = await first.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
            cycleId = await CycleProbe.CreateAsync(first, key, await first.PublishedSchemeAsync(key, SchemeTexts.Binzhou()));
            await using var scope = first.Services.CreateAsyncScope();
            var timer = scope.ServiceProvider.GetRequiredService<ITimetableScheduler>();
            await timer.UnscheduleAsync(new ScheduledTrigger(cycleId, CycleStep.OpenWindow, opens), default);
            await timer.ScheduleAsync(stale, default);
            Assert.Equal([stale], await timer.ListAsync(default));
            await first.StopAsync();
        }

        await using var second = await CycleHost.StartAsync(database, clock);
        var expected = new ScheduledTrigger(cycleId, CycleStep.OpenWindow, opens);
        var watch = Stopwatch.StartNew();
        IReadOnlyList<ScheduledTrigger> triggers;
        do
        {
            await Task.Delay(200);
            await using var scope = second.Services.CreateAsyncScope();
            triggers = await scope.ServiceProvider.GetRequiredService<ITimetableScheduler>().ListAsync(default);
        }
        while (!(triggers.Count == 1 && triggers[0] == expected) && watch.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Equal([expected], triggers);
    }
}
