using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Infrastructure.Calendar;
using Enterprise.Eval.Infrastructure.Scheduling;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>The Hangfire timetable on a real Hangfire SQLite file, with a Hangfire server started by the test.</summary>
public sealed class HangfireTimetableSchedulerTests : IAsyncLifetime
{
    private readonly SingleCycleRepository _repository = new();
    private readonly string _storagePath = Path.Combine(Path.GetTempPath(), $"eval-hangfire-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private BackgroundJobServer? _server;

    public Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICycleRepository>(_repository)
            .AddCycleScheduling()
            // Hangfire's log provider is process-wide: without the router, this container's logger factory (disposed
            // after each test) became every later host's, and a CycleHost built next threw ObjectDisposedException.
            .AddHangfire(c => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseLogProvider(Infrastructure.Scheduling.HangfireLogRouter.Instance)
                .UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
                .UseSQLiteStorage(_storagePath, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) }))
            .BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _server?.Dispose();
        await _services.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_storagePath)!, Path.GetFileName(_storagePath) + "*"))
            File.Delete(file);
    }

    private ITimetableScheduler Timer => _services.CreateScope().ServiceProvider.GetRequiredService<ITimetableScheduler>();

    private static DateTimeOffset China(int year, int month, int day, int hour = 0) =>
        ChinaTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    [Fact]
    public async Task ScheduleThenList_ReturnsTheSameTrigger_AndUnscheduleRemovesIt()
    {
        var trigger = new ScheduledTrigger(Guid.NewGuid(), CycleStep.CloseWindow, China(2036, 6, 13, 16));

        await Timer.ScheduleAsync(trigger, CancellationToken.None);
        await Timer.ScheduleAsync(trigger, CancellationToken.None);

        Assert.Equal([trigger], await Timer.ListAsync(CancellationToken.None));

        await Timer.UnscheduleAsync(trigger, CancellationToken.None);

        Assert.Empty(await Timer.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StoredJob_RoundTripsTheTrigger()
    {
        var trigger = new ScheduledTrigger(Guid.NewGuid(), CycleStep.Conclude, China(2035, 10, 14));

        await Timer.ScheduleAsync(trigger, CancellationToken.None);

        var listed = Assert.Single(await Timer.ListAsync(CancellationToken.None));
        Assert.Equal(trigger, listed);
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
        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions { SchedulePollingInterval = TimeSpan.FromMilliseconds(200), Activator = new ScopedActivator(_services) },
            _services.GetRequiredService<JobStorage>());

        for (var waited = 0; cycle.Status != CycleStatus.Concluded && waited < 150; waited++)
            await Task.Delay(100);

        Assert.Equal(CycleStatus.Concluded, cycle.Status);
        Assert.All(cycle.History.Skip(2), e => Assert.True(e.LateBy > TimeSpan.Zero));
        Assert.Empty(await Timer.ListAsync(CancellationToken.None));
    }

    private sealed class ScopedActivator(IServiceProvider services) : JobActivator
    {
        public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(services.CreateScope());

        private sealed class Scope(IServiceScope scope) : JobActivatorScope
        {
            public override object Resolve(Type type) => scope.ServiceProvider.GetRequiredService(type);
            public override void DisposeScope() => scope.Dispose();
        }
    }
}
