using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>
/// The real service (API, scheduler, database) on an in-memory test server, over a throwaway SQLite file of its own,
/// on the system clock: a <see cref="CycleHost"/> that owns its database, for tests that need neither a moved clock nor
/// a shared database.
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

    public static async Task<ApiHost> StartAsync()
    {
        var database = TestDatabase.Sqlite();
        return new ApiHost(await CycleHost.StartAsync(database, TimeProvider.System), database);
    }

    public HttpClient Client(string? apiKey = null) => _host.Client(apiKey);

    /// <summary>Registers an enterprise through the administrator API; returns its id and key.</summary>
    public Task<(Guid Id, string Key)> RegisterAsync(string name, string creditCode) => _host.RegisterAsync(name, creditCode);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
