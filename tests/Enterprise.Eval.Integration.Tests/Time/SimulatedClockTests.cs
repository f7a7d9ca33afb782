using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Mail;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Integration.Tests.Time;

/// <summary>The simulated clock of the demo, rehearsals and process-level tests, moved in code or by Clock:SimulatedNowFile.</summary>
public sealed class SimulatedClockTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 6, 23, 16, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _real = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-clock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void GetUtcNow_ReadsTheChosenInstant_AndRunsOnInRealTime()
    {
        var clock = new SimulatedClock(Start, _real);
        Assert.Equal(Start, clock.GetUtcNow());
        _real.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(Start.AddSeconds(90), clock.GetUtcNow());
    }

    [Fact]
    public void MoveTo_GoesForward_ButRefusesThePast()
    {
        var clock = new SimulatedClock(Start, _real);
        Assert.True(clock.MoveTo(Start.AddDays(8)));
        Assert.Equal(Start.AddDays(8), clock.GetUtcNow());
        Assert.False(clock.MoveTo(Start.AddDays(1)));
        Assert.Equal(Start.AddDays(8), clock.GetUtcNow());
    }

    [Fact]
    public void FollowFile_StartsAtTheFilesInstant_AndMovesWhenTheFileChanges()
    {
        var file = Write("2026-06-24T00:00:00+08:00");
        var clock = SimulatedClock.FollowFile(file, Logger(), _real);
        Assert.Equal(Start, clock.GetUtcNow());

        Write("2026-07-01T09:00:00+08:00");
        _real.Advance(TimeSpan.FromMilliseconds(150));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("moved to 2026-07-01T01:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public void FollowFile_KeepsTime_WhenTheFileNamesThePastOrNoInstant()
    {
        var file = Write("2026-06-23T16:00:00Z");
        var clock = SimulatedClock.FollowFile(file, Logger(), _real);

        Write("2026-06-01T00:00:00Z");
        _real.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(Start.AddMilliseconds(150), clock.GetUtcNow());
        Write("tomorrow");
        _real.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(Start.AddMilliseconds(300), clock.GetUtcNow());

        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026-06-24T00:00:00")]
    [InlineData("24/06/2026")]
    public void FollowFile_Refuses_AMissingFileOrAnInstantWithoutAnOffset(string? content)
    {
        var file = content is null ? Path.Combine(_folder, "missing.txt") : Write(content);
        var e = Assert.Throws<InvalidOperationException>(() => SimulatedClock.FollowFile(file, Logger(), _real));
        Assert.Contains("Clock:SimulatedNowFile", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSimulatedClock_ReplacesTheSystemClock_AndWarnsAtStart_WhenTheFileIsConfigured()
    {
        var file = Write("2026-06-24T00:00:00+08:00");
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(_logs));
        services.AddSingleton(TimeProvider.System);
        services.AddSimulatedClock(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:SimulatedNowFile"] = file }).Build());
        await using var provider = services.BuildServiceProvider();

        var clock = Assert.IsType<SimulatedClock>(provider.GetRequiredService<TimeProvider>());
        Assert.InRange(clock.GetUtcNow(), Start, Start.AddMinutes(1));
        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("SIMULATED CLOCK", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSimulatedClock_LeavesTheSystemClock_WhenNoFileIsConfigured()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSimulatedClock(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    private ILogger Logger() => _logs.CreateLogger(typeof(SimulatedClock).FullName!);

    private string Write(string content)
    {
        var path = Path.Combine(_folder, "now.txt");
        File.WriteAllText(path, content);
        return path;
    }
}
