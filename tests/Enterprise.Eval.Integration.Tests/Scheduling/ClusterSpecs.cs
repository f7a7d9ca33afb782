using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>Two workers clustered on one PostgreSQL database: each transition of a cycle happens once.</summary>
[Collection("postgres")]
public sealed class ClusterSpecs(PostgresFixture postgres)
{
    private static DateTimeOffset China(int month, int day, int hour, int minute = 0) =>
        ChinaTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, minute)).AddSeconds(1);

    [Fact]
    public async Task TwoWorkersOnOnePostgres_TakeEveryTransitionOfACycleOnce()
    {
        await using var database = await TestDatabase.PostgresAsync(postgres.Server);
        var clock = new SimulatedClock(China(6, 1, 8));
        await using var a = await CycleHost.StartAsync(database, clock);
        await using var b = await CycleHost.StartAsync(database, clock);
        var (_, key) = await a.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var schemeId = await a.PublishedSchemeAsync(key, SchemeTexts.Binzhou());
        var cycleId = await CycleProbe.CreateAsync(a, key, schemeId);

        // Open and publicity come from the cluster's triggers alone; close and conclude also race both workers by hand.
        (DateTimeOffset At, CycleEventKind Last, bool Race)[] points =
        [
            (China(6, 10, 9), CycleEventKind.WindowOpened, false),
            (China(6, 12, 16), CycleEventKind.ReviewStarted, true),
            (China(6, 16, 0), CycleEventKind.PublicityStarted, false),
            (China(6, 24, 0), CycleEventKind.Concluded, true),
        ];
        foreach (var (at, last, race) in points)
        {
            clock.JumpTo(at);
            if (race) await Task.WhenAll(RunAsync(a, cycleId), RunAsync(b, cycleId), RunAsync(a, cycleId), RunAsync(b, cycleId));
            await CycleProbe.WaitForAsync(a, cycleId, last, TimeSpan.FromSeconds(8));
        }
        await Task.Delay(TimeSpan.FromSeconds(2));

        CycleEventKind[] expected =
        [
            CycleEventKind.Drafted, CycleEventKind.Scheduled, CycleEventKind.WindowOpened, CycleEventKind.WindowClosed,
            CycleEventKind.ReviewStarted, CycleEventKind.PublicityStarted, CycleEventKind.Concluded,
        ];
        Assert.Equal(expected, (await CycleProbe.HistoryAsync(b, cycleId)).Select(e => e.What));
        var audited = (await CycleProbe.AuditAsync(b, cycleId)).Select(r => r.Action).Order().ToList();
        Assert.Equal(expected.Select(k => "cycle." + k).Order(), audited);
    }

    private static async Task RunAsync(CycleHost host, Guid cycleId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CycleScheduler>().RunDueStepsAsync(cycleId, CancellationToken.None);
    }
}
