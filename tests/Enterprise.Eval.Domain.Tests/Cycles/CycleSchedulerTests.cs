using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Microsoft.Extensions.Logging.Abstractions;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

public sealed class CycleSchedulerTests
{
    private readonly InMemoryCycleRepository _repository = new();
    private readonly InMemoryTimetableScheduler _triggers = new();
    private readonly ManualClock _clock = new(Now);
    private readonly CycleScheduler _scheduler;

    public CycleSchedulerTests() =>
        _scheduler = new CycleScheduler(_repository, _triggers, new CycleStepRunner(_repository, [], NullLogger<CycleStepRunner>.Instance), _clock, NullLogger<CycleScheduler>.Instance);

    private EvaluationCycle Stored(EvaluationCycle cycle)
    {
        _repository.Add(cycle);
        return cycle;
    }

    [Fact]
    public async Task RunDueSteps_OpensTheWindowAtItsInstant_AndArmsTheClose()
    {
        var cycle = Stored(Scheduled());
        _clock.Now = China(2026, 6, 10, 9);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Equal(CycleStatus.Open, cycle.Status);
        Assert.Equal(CycleEventKind.WindowOpened, Assert.Single(report.Taken).What);
        Assert.Equal([new ScheduledTrigger(cycle.Id, CycleStep.CloseWindow, China(2026, 6, 13, 16))], _triggers.Triggers);
        Assert.Equal(1, _repository.Saves);
    }

    [Fact]
    public async Task RunDueSteps_CatchesUpEveryOverdueStepInOrder_WithLateBy()
    {
        var cycle = Stored(Scheduled());
        _clock.Now = China(2026, 6, 13, 17);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Equal(
            [(CycleEventKind.WindowOpened, TimeSpan.FromHours(80)), (CycleEventKind.WindowClosed, TimeSpan.FromHours(1)),
             (CycleEventKind.ReviewStarted, TimeSpan.FromHours(1))],
            report.Taken.Select(e => (e.What, e.LateBy!.Value)));
        Assert.Equal(CycleStatus.Reviewing, cycle.Status);
        Assert.Equal(CycleStep.StartPublicity, Assert.Single(_triggers.Triggers).Step);
    }

    [Fact]
    public async Task RunDueSteps_ChangesNothing_WhenRunTwice()
    {
        var cycle = Stored(Scheduled());
        _clock.Now = China(2026, 6, 10, 9);
        await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        var second = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Empty(second.Taken);
        Assert.Equal(1, _repository.Saves);
        Assert.Single(_triggers.Triggers);
    }

    [Fact]
    public async Task RunDueSteps_TakesNothing_WhenFiredEarly_AndKeepsTheTrigger()
    {
        var cycle = Stored(Scheduled());
        _clock.Now = China(2026, 6, 10, 8, 59);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Empty(report.Taken);
        Assert.Equal([new ScheduledTrigger(cycle.Id, CycleStep.OpenWindow, China(2026, 6, 10, 9))], _triggers.Triggers);
    }

    [Fact]
    public async Task RunDueSteps_TakesNothing_WhilePaused_AndDisarms()
    {
        var cycle = Stored(Scheduled());
        await _scheduler.ReconcileCycleAsync(cycle.Id, CancellationToken.None);
        cycle.Pause(Now, Admin, "方案复核");
        _clock.Now = China(2026, 6, 10, 9);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Empty(report.Taken);
        Assert.Equal(CycleStatus.Scheduled, cycle.Status);
        Assert.Empty(_triggers.Triggers);
    }

    [Fact]
    public async Task RunDueSteps_StopsAtCertification_WhichWaitsOnPeople()
    {
        var cycle = Stored(At(CycleStatus.Publicity));
        _clock.Now = China(2026, 7, 20);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Equal(CycleStatus.Concluded, cycle.Status);
        Assert.Single(report.Taken);
        Assert.Empty(_triggers.Triggers);
    }

    [Fact]
    public async Task RunDueSteps_RemovesTriggers_OfAnUnknownCycle()
    {
        var unknown = Guid.NewGuid();
        _triggers.Triggers.Add(new ScheduledTrigger(unknown, CycleStep.OpenWindow, Now));

        var report = await _scheduler.RunDueStepsAsync(unknown, CancellationToken.None);

        Assert.False(report.Found);
        Assert.Empty(_triggers.Triggers);
    }

    [Fact]
    public async Task ReconcileAll_CreatesMissingAndRemovesStaleTriggers()
    {
        var withoutTrigger = Stored(Scheduled());
        var withStaleTrigger = Stored(At(CycleStatus.Open));
        var orphan = new ScheduledTrigger(Guid.NewGuid(), CycleStep.Conclude, Now);
        var stale = new ScheduledTrigger(withStaleTrigger.Id, CycleStep.OpenWindow, China(2026, 6, 10, 9));
        _triggers.Triggers.AddRange([orphan, stale]);

        var report = await _scheduler.ReconcileAllAsync(CancellationToken.None);

        Assert.Equal(new ReconcileReport(Created: 2, Removed: 2), report);
        Assert.Equal(
            new[]
            {
                new ScheduledTrigger(withoutTrigger.Id, CycleStep.OpenWindow, China(2026, 6, 10, 9)),
                new ScheduledTrigger(withStaleTrigger.Id, CycleStep.CloseWindow, China(2026, 6, 13, 16)),
            }.OrderBy(t => t.CycleId),
            _triggers.Triggers.OrderBy(t => t.CycleId));
    }

    [Fact]
    public async Task ReconcileAll_ChangesNothing_WhenTriggersMatch()
    {
        Stored(Scheduled());
        await _scheduler.ReconcileAllAsync(CancellationToken.None);

        Assert.Equal(new ReconcileReport(0, 0), await _scheduler.ReconcileAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReconcileCycle_MovesTheCloseTrigger_AfterTheWindowIsExtended()
    {
        var cycle = Stored(At(CycleStatus.Open));
        await _scheduler.ReconcileCycleAsync(cycle.Id, CancellationToken.None);
        cycle.ExtendWindow(China(2026, 6, 14, 16), TimetableRules.Default, China(2026, 6, 12, 10), Admin);

        await _scheduler.ReconcileCycleAsync(cycle.Id, CancellationToken.None);

        Assert.Equal([new ScheduledTrigger(cycle.Id, CycleStep.CloseWindow, China(2026, 6, 14, 16))], _triggers.Triggers);
    }
}
