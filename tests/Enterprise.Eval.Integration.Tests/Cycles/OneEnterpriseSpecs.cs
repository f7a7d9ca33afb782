using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>
/// The fixture most API specs share: the whole service (<see cref="CycleHost"/>) on a fresh SQLite file, a simulated
/// clock (08:00 China time on 1 June 2026 unless a spec class starts elsewhere) and one registered enterprise,
/// 甲机械有限公司, with its API key. A spec that restarts the service assigns <see cref="Host"/> again.
/// </summary>
public abstract class OneEnterpriseSpecs(DateOnly? startDay = null) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = TestDatabase.Sqlite();
    protected SimulatedClock Clock { get; } = new(ChinaTime.At(startDay ?? new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
    protected CycleHost Host { get; set; } = null!;
    protected Guid EnterpriseId { get; private set; }
    protected string Key { get; private set; } = "";
    protected HttpClient Client => Host.Client(Key);

    public virtual async Task InitializeAsync()
    {
        Host = await CycleHost.StartAsync(Database, Clock);
        (EnterpriseId, Key) = await Host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
