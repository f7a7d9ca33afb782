using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Infrastructure.Calendar;
using Enterprise.Eval.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

public sealed class QuartzTimetableSchedulerTests : IAsyncLifetime
{
    private readonly SingleCycleRepository _repository = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICycleRepository>(_repository)
            .AddCycleScheduling()
            .AddQuartz(q => q.AddCycleJobs(TimeSpan.FromHours(1)))
            .BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Shutdown(false, CancellationToken.None);
        await _services.DisposeAsync();
    }

    private ITimetableScheduler Timer => _services.CreateScope().ServiceProvider.GetRequiredService<ITimetableScheduler>();

    private static DateTimeOffset China(int year, int month, int day, int hour = 0) =>
        ChinaTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    [Fact]
    public async Task ScheduleThenList_ReturnsTheSameTrigger_AndUnscheduleRemovesIt()
    {
        var trigger = new ScheduledTrigger(Guid.NewGuid(), CycleStep.CloseWindow, China(2026, 6, 13, 16));

        await Timer.ScheduleAsync(trigger, CancellationToken.None);
        await Timer.ScheduleAsync(trigger, CancellationToken.None);

        Assert.Equal([trigger], await Timer.ListAsync(CancellationToken.None));

        await Timer.UnscheduleAsync(trigger, CancellationToken.None);

        Assert.Empty(await Timer.ListAsync(CancellationToken.None));
    }

    [Fact]
    public void KeyOf_RoundTripsThroughParse()
    {
        var trigger = new ScheduledTrigger(Guid.NewGuid(), CycleStep.Conclude, China(2025, 10, 14));

        Assert.Equal(trigger, QuartzTimetableScheduler.Parse(QuartzTimetableScheduler.KeyOf(trigger)));
    }

    [Fact]
    public async Task Reconcile_ThenStart_FiresOverdueTrigger_AndCatchesTheCycleUpToConclusion()
    {
        var calendar = WorkdayCalendar.ForChina(HolidayTableLoader.LoadEmbedded());
        var request = new TimetableRequest(China(2025, 6, 10, 9), China(2025, 6, 13, 16), China(2025, 6, 16, 17),
            China(2025, 6, 17), 5, China(2025, 7, 15, 17));
        var timetable = CycleTimetable.Plan(request, TimetableRules.Default, calendar, China(2025, 1, 1)).Timetable!;
        var cycle = EvaluationCycle.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2025, China(2025, 1, 1), "admin");
        cycle.Schedule(timetable, China(2025, 1, 1), "admin");
        _repository.Add(cycle);

        using (var scope = _services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CycleScheduler>().ReconcileAllAsync(CancellationToken.None);
        await (await _services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Start();

        for (var waited = 0; cycle.Status != CycleStatus.Concluded && waited < 150; waited++)
            await Task.Delay(100);

        Assert.Equal(CycleStatus.Concluded, cycle.Status);
        Assert.All(cycle.History.Skip(2), e => Assert.True(e.LateBy > TimeSpan.Zero));
        Assert.Empty(await Timer.ListAsync(CancellationToken.None));
    }
}
