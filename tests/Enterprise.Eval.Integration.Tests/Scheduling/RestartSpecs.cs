using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>The durable scheduler on SQLite: triggers are rows, so a point missed while the worker was down still happens.</summary>
public sealed class RestartSpecs
{
    private static DateTimeOffset China(int month, int day, int hour, int minute = 0) =>
        ChinaTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    [Fact]
    public async Task WorkerStoppedBeforeWindowOpens_OnRestartAfterIt_OpensOnceLateAndSaysSo()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(China(6, 1, 8));
        Guid cycleId;
        await using (var first = await CycleHost.StartAsync(database, clock))
        {
            var (_, key) = await first.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
            var schemeId = await first.PublishedSchemeAsync(key, SchemeTexts.Binzhou());
            cycleId = await CycleProbe.CreateAsync(first, key, schemeId);
            await first.StopAsync();
        }

        clock.JumpTo(China(6, 10, 11));
        await using var second = await CycleHost.StartAsync(database, clock);
        await CycleProbe.WaitForAsync(second, cycleId, CycleEventKind.WindowOpened, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2));

        var history = await CycleProbe.HistoryAsync(second, cycleId);
        var opened = Assert.Single(history, e => e.What == CycleEventKind.WindowOpened);
        Assert.Equal(CycleScheduler.Actor, opened.By);
        Assert.InRange(opened.LateBy!.Value, TimeSpan.FromHours(2), TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        Assert.Single(await CycleProbe.AuditAsync(second, cycleId), a => a.Action == "cycle.WindowOpened");
        var said = Assert.Single(second.Logs.Entries, l => l.Level == LogLevel.Warning && l.Values.TryGetValue("Step", out var s) && Equals(s, CycleStep.OpenWindow));
        Assert.Contains("late by", said.Message);
        Assert.Equal(opened.LateBy, said.Values["LateBy"]);
    }
}
