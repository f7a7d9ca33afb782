using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>
/// The world most application specs start from: the real service over a fresh SQLite file, one enterprise with the
/// sample roster, a published scheme, its 2026 cycle (window 10 June 9:00 – 12 June 16:00) and the clock inside the
/// window, on 11 June 2026 at 10:00 China time.
/// </summary>
internal sealed class OpenWindow : IAsyncDisposable
{
    private OpenWindow(TestDatabase database, SimulatedClock clock, CycleHost host, string key, Guid cycleId)
    {
        Database = database;
        Clock = clock;
        Host = host;
        Key = key;
        CycleId = cycleId;
    }

    public TestDatabase Database { get; }
    public SimulatedClock Clock { get; }
    public CycleHost Host { get; }
    public string Key { get; }
    public Guid CycleId { get; }

    /// <summary>A client with the enterprise's key.</summary>
    public HttpClient Client => Host.Client(Key);

    public string Applications => $"/api/cycles/{CycleId}/applications";

    public static async Task<OpenWindow> StartAsync(
        string schemeYaml, IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var host = await CycleHost.StartAsync(database, clock, settings, services ?? (_ => { }));
        var (_, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        await host.ImportSampleRosterAsync(key);
        var schemeId = await host.PublishedSchemeAsync(key, schemeYaml);
        var cycleId = await host.CreateCycleAsync(key, schemeId);
        clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 11), new TimeOnly(10, 0)));
        return new OpenWindow(database, clock, host, key, cycleId);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
