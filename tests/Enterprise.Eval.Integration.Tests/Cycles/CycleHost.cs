using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>
/// The real service (API, Hangfire on the database, reconcile) on a test server, over a given database and a shifted
/// clock, with its logs captured. Several may run on one database: they are nodes of one scheduler cluster. On
/// loopback (<see cref="StartOnLoopbackAsync"/>) it listens on Kestrel at 127.0.0.1, for a browser to reach.
/// </summary>
public sealed class CycleHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";
    private readonly WebApplication _app;
    private readonly Uri? _loopback;
    private bool _stopped;

    private CycleHost(WebApplication app, CapturedLogs logs, Uri? loopback)
    {
        _app = app;
        Logs = logs;
        _loopback = loopback;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>Where a client reaches the service: the loopback address, or the in-memory test server's.</summary>
    public Uri BaseAddress => _loopback ?? _app.GetTestServer().BaseAddress;

    public CapturedLogs Logs { get; }

    /// <summary>Starts the service; <paramref name="settings"/> (e.g. a Mail section) override the test defaults.</summary>
    public static Task<CycleHost> StartAsync(TestDatabase database, TimeProvider clock, IDictionary<string, string?>? settings = null) =>
        StartAsync(database, clock, settings, onLoopback: false);

    /// <summary>Starts the service with <paramref name="services"/> added after the product's own (e.g. one more event handler).</summary>
    public static Task<CycleHost> StartAsync(TestDatabase database, TimeProvider clock, IDictionary<string, string?>? settings, Action<IServiceCollection> services) =>
        StartAsync(database, clock, settings, onLoopback: false, services);

    /// <summary>Starts the service on Kestrel at a free 127.0.0.1 port (for a browser), otherwise as <see cref="StartAsync(TestDatabase, TimeProvider, IDictionary{string, string?}?)"/>.</summary>
    public static Task<CycleHost> StartOnLoopbackAsync(TestDatabase database, TimeProvider clock, IDictionary<string, string?>? settings = null) =>
        StartAsync(database, clock, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Http:Url"] = "http://127.0.0.1:0" }, onLoopback: true);

    private static async Task<CycleHost> StartAsync(
        TestDatabase database, TimeProvider clock, IDictionary<string, string?>? settings, bool onLoopback, Action<IServiceCollection>? services = null)
    {
        var logs = new CapturedLogs();
        var app = ServiceHost.Build([], builder =>
        {
            if (!onLoopback) builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(database.Settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Http:AdminKey"] = AdminKey,
                ["Scheduler:SchedulePollingMilliseconds"] = "500",
                ["Scheduler:ReconcileSeconds"] = "3",
                ["Scheduler:QueuePollMilliseconds"] = "500",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton(clock);
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        var loopback = onLoopback ? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) : null;
        return new CycleHost(app, logs, loopback);
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = _loopback is null ? _app.GetTestClient() : new HttpClient { BaseAddress = _loopback };
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>A client with a cookie jar, as a browser has; redirects are not followed.</summary>
    public HttpClient BrowserClient(string? apiKey = null)
    {
        var client = _loopback is null
            ? new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = _app.GetTestServer().CreateHandler() })
            : new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false });
        client.BaseAddress = BaseAddress;
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Registers an enterprise through the administrator API (with an HR contact when given); returns its id and key.</summary>
    public Task<(Guid Id, string Key)> RegisterAsync(string name, string creditCode, string? hrContactName = null, string? hrContactEmail = null) =>
        HrApi.RegisterAsync(Client(AdminKey), name, creditCode, hrContactName, hrContactEmail);

    /// <summary>Uploads a scheme text and takes it to Published (submitting first when it requires assessment).</summary>
    public Task<Guid> PublishedSchemeAsync(string key, string yaml) => HrApi.PublishedSchemeAsync([Client(key)], yaml);

    /// <summary>Stops the service the way Ctrl+C does: the scheduler shuts down, the triggers stay in the database.</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
