using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>
/// The real service (API, scheduler, database) on an in-memory test server, over a throwaway SQLite file of its own:
/// a <see cref="CycleHost"/> that owns its database, on the system clock or on a <see cref="SimulatedClock"/> the test
/// moves (the scheduler then takes each step that falls due).
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string AdminKey = CycleHost.AdminKey;
    private readonly CycleHost _host;
    private readonly TestDatabase _database;

    private ApiHost(CycleHost host, TestDatabase database)
    {
        _host = host;
        _database = database;
    }

    public IServiceProvider Services => _host.Services;

    public static async Task<ApiHost> StartAsync(TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        var database = TestDatabase.Sqlite();
        return new ApiHost(await CycleHost.StartAsync(database, clock ?? TimeProvider.System, settings), database);
    }

    public HttpClient Client(string? apiKey = null) => _host.Client(apiKey);

    /// <summary>A client with a cookie jar, as a browser has (for the public pages' forms).</summary>
    public HttpClient BrowserClient() => _host.BrowserClient();

    /// <summary>Registers an enterprise through the administrator API; returns its id and key.</summary>
    public Task<(Guid Id, string Key)> RegisterAsync(string name, string creditCode) => _host.RegisterAsync(name, creditCode);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
