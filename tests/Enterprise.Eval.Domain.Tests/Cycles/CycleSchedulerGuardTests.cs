using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Microsoft.Extensions.Logging.Abstractions;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

public sealed class CycleSchedulerGuardTests
{
    private readonly InMemoryCycleRepository _repository = new();
    private readonly InMemoryTimetableScheduler _triggers = new();
    private readonly ManualClock _clock = new(Now);
    private readonly CycleScheduler _scheduler;

    public CycleSchedulerGuardTests() =>
        _scheduler = new CycleScheduler(_repository, _triggers, new CycleStepRunner(_repository, [], NullLogger<CycleStepRunner>.Instance), _clock, NullLogger<CycleScheduler>.Instance);

    [Fact]
    public async Task RunDueSteps_TakesNothingAndDisarms_WhenTheEnterpriseMayNotRun()
    {
        var cycle = Scheduled();
        _repository.Add(cycle);
        await _scheduler.ReconcileCycleAsync(cycle.Id, CancellationToken.None);
        Assert.NotEmpty(_triggers.Triggers);
        _repository.EnterpriseCanRun = false;
        _clock.Now = China(2026, 6, 10, 9);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.Empty(report.Taken);
        Assert.Equal(CycleStatus.Scheduled, cycle.Status);
        Assert.Empty(_triggers.Triggers);
        Assert.Equal(0, _repository.Saves);
    }

    [Fact]
    public async Task RunDueSteps_ReportsNothingTaken_WhenAnotherWorkerSavedFirst()
    {
        var cycle = Scheduled();
        _repository.Add(cycle);
        _repository.FailNextSave = new CycleChangedElsewhereException(cycle.Id);
        _clock.Now = China(2026, 6, 10, 9);

        var report = await _scheduler.RunDueStepsAsync(cycle.Id, CancellationToken.None);

        Assert.True(report.Found);
        Assert.Empty(report.Taken);
        Assert.Equal(0, _repository.Saves);
    }
}
