using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>The real service (API, scheduler, database) on an in-memory test server, over a throwaway SQLite file.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private ApiHost(WebApplication app, TestDatabase database)
    {
        _app = app;
        _database = database;
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<ApiHost> StartAsync()
    {
        var database = TestDatabase.Sqlite();
        var app = ServiceHost.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(database.Settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Http:AdminKey"] = AdminKey });
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        return new ApiHost(app, database);
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = _app.GetTestClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Registers an enterprise through the administrator API; returns its id and key.</summary>
    public async Task<(Guid Id, string Key)> RegisterAsync(string name, string creditCode)
    {
        var response = await Client(AdminKey).PostAsJsonAsync("/api/admin/enterprises", new
        {
            name, creditCode, evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32", siteSequenceCode = "000123",
            registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-" + creditCode[^4..], registrationDate = "2026-01-05",
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("enterprise").GetProperty("id").GetGuid(), body.GetProperty("apiKey").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
