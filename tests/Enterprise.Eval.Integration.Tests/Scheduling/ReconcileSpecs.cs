using System.Diagnostics;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Scheduling;
using Enterprise.Eval.Domain.Notifications;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// A reconcile that finds another one running ends at once. Were it to wait for the lock (DisableConcurrentExecution),
    /// reconciles due every few seconds would pile up behind a slow one and hold every worker, and the digest would wait
    /// in the queue (a CI run saw "the job wrote no digest within 30 s").
    /// </summary>
    [Fact]
    public async Task AReconcileFindingAnotherRunning_EndsAtOnce_AndLeavesTheWorkersToOtherJobs()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(9, 0)));
        await using var host = await CycleHost.StartAsync(database, clock);
        var (jia, _) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43", "王芳", "hr@jia.example");
        var storage = host.Services.GetRequiredService<JobStorage>();

        var held = HeldHangfireLock.Take(storage, CycleReconcileJob.LockResource);

        var client = host.Services.GetRequiredService<IBackgroundJobClient>();
        var reconciles = Enumerable.Range(0, 8).Select(_ => client.Enqueue<CycleReconcileJob>(j => j.RunAsync(CancellationToken.None))).ToList();
        var digestJob = client.Enqueue<HrDigestJob>(j => j.RunAsync(CancellationToken.None));

        var key = OutboxMessage.HrDigestKeyOf(jia, new DateOnly(2026, 6, 1));
        var watch = Stopwatch.StartNew();
        string?[] states;
        bool digested;
        do
        {
            await Task.Delay(200);
            using (var connection = storage.GetConnection())
                states = reconciles.Select(id => connection.GetJobData(id)?.State).ToArray();
            await using var db = database.NewContext();
            digested = await db.OutboxMessages.AnyAsync(m => m.DedupKey == key);
        }
        while (!(digested && states.All(Ended)) && watch.Elapsed < TimeSpan.FromSeconds(20));

        await held.DisposeAsync();
        Assert.All(states, s => Assert.True(Ended(s), $"a reconcile is still {s}"));
        Assert.True(digested, "the digest wrote nothing within 20 s; its job went " + string.Join(" → ",
            storage.GetMonitoringApi().JobDetails(digestJob).History.Select(h => h.StateName + (h.Data.TryGetValue("ExceptionType", out var type) ? $" ({type})" : ""))));
    }

    // A skipped run is cancelled by the filter, which Hangfire records as Deleted; the others ran and Succeeded.
    private static bool Ended(string? state) => state == SucceededState.StateName || state == DeletedState.StateName;
}
