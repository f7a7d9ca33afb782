using System.Diagnostics;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Infrastructure.Scheduling;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>A cycle's step waits for another step of the same cycle, never for another cycle's.</summary>
public sealed class CycleStepLockSpecs
{
    [Fact]
    public async Task AStepWaitsForItsOwnCycle_AndNotForAnother()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(9, 0)));
        await using var host = await CycleHost.StartAsync(database, clock);
        var storage = host.Services.GetRequiredService<JobStorage>();
        var (busy, free) = (Guid.NewGuid(), Guid.NewGuid());

        var held = HeldHangfireLock.Take(storage, OneStepPerCycleAttribute.ResourceFor(busy));

        var client = host.Services.GetRequiredService<IBackgroundJobClient>();
        var at = clock.GetUtcNow();
        var waiting = client.Enqueue<CycleStepJob>(j => j.RunAsync(busy, CycleStep.OpenWindow, at, CancellationToken.None));
        var running = client.Enqueue<CycleStepJob>(j => j.RunAsync(free, CycleStep.OpenWindow, at, CancellationToken.None));

        var watch = Stopwatch.StartNew();
        while (StateOf(storage, running) != SucceededState.StateName && watch.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(200);
        var (otherCycle, ownCycle) = (StateOf(storage, running), StateOf(storage, waiting));
        await held.DisposeAsync();

        Assert.Equal(SucceededState.StateName, otherCycle);
        Assert.NotEqual(SucceededState.StateName, ownCycle);
        watch.Restart();
        while (StateOf(storage, waiting) != SucceededState.StateName && watch.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(200);
        Assert.Equal(SucceededState.StateName, StateOf(storage, waiting));
    }

    private static string? StateOf(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetJobData(jobId)?.State;
    }
}
