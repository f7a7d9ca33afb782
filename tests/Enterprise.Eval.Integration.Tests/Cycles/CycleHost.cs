using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>
/// The real service (API, Quartz on the database, reconcile) on a test server, over a given database and a shifted
/// clock, with its logs captured. Several may run on one database: they are nodes of one scheduler cluster.
/// </summary>
internal sealed class CycleHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";
    private readonly WebApplication _app;
    private bool _stopped;

    private CycleHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
    }

    public IServiceProvider Services => _app.Services;

    public CapturedLogs Logs { get; }

    /// <summary>Starts the service; <paramref name="settings"/> (e.g. a Mail section) override the test defaults.</summary>
    public static async Task<CycleHost> StartAsync(TestDatabase database, TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var logs = new CapturedLogs();
        var app = ServiceHost.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(database.Settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Http:AdminKey"] = AdminKey,
                ["Scheduler:IdleWaitMilliseconds"] = "1000",
                ["Scheduler:ReconcileSeconds"] = "3",
                ["Scheduler:ClusterCheckinSeconds"] = "2",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton(clock);
            builder.Logging.AddProvider(logs);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        return new CycleHost(app, logs);
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = _app.GetTestClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Registers an enterprise through the administrator API (with an HR contact when given); returns its id and key.</summary>
    public async Task<(Guid Id, string Key)> RegisterAsync(string name, string creditCode, string? hrContactName = null, string? hrContactEmail = null)
    {
        var response = await Client(AdminKey).PostAsJsonAsync("/api/admin/enterprises", new
        {
            name, creditCode, evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32", siteSequenceCode = "000123",
            registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-" + creditCode[^4..], registrationDate = "2026-01-05",
            hrContactName, hrContactEmail,
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("enterprise").GetProperty("id").GetGuid(), body.GetProperty("apiKey").GetString()!);
    }

    /// <summary>Uploads a scheme text and takes it to Published (submitting first when it requires assessment).</summary>
    public async Task<Guid> PublishedSchemeAsync(string key, string yaml)
    {
        var client = Client(key);
        var upload = await client.PostAsync("/api/schemes", new StringContent(yaml));
        upload.EnsureSuccessStatusCode();
        var scheme = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var id = scheme.GetProperty("id").GetGuid();
        if (scheme.GetProperty("assessmentRequired").GetBoolean())
            (await client.PostAsync($"/api/schemes/{id}/submit", null)).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/schemes/{id}/approve", null)).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/schemes/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

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
