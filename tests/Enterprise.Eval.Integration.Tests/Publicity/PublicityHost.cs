using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Publicity;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 (a browser cannot reach the in-memory test server), over a throwaway
/// SQLite file and a shiftable clock; <see cref="StartPublicityAsync"/> builds an enterprise with a roster, a
/// published 滨州 特级技师 scheme, a cycle whose publicity runs 16–23 June 2026, and a started publicity.
/// </summary>
internal sealed class PublicityHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";

    /// <summary>Inside the period: Wednesday 17 June 2026, 10:00 China time.</summary>
    public static readonly DateTimeOffset DuringPublicity = ChinaTime.At(new DateOnly(2026, 6, 17), new TimeOnly(10, 0));

    /// <summary>After the period: 24 June 2026, 09:00 China time.</summary>
    public static readonly DateTimeOffset AfterPublicity = ChinaTime.At(new DateOnly(2026, 6, 24), new TimeOnly(9, 0));

    private readonly WebApplication _app;

    private PublicityHost(WebApplication app, TestDatabase database, ShiftableClock clock, Uri baseAddress)
    {
        _app = app;
        Database = database;
        Clock = clock;
        BaseAddress = baseAddress;
    }

    public TestDatabase Database { get; }
    public ShiftableClock Clock { get; }
    public Uri BaseAddress { get; }
    public IServiceProvider Services => _app.Services;
    public string Key { get; private set; } = "";
    public Guid CycleId { get; private set; }
    public string PublicUrl { get; private set; } = "";
    public IReadOnlyList<JsonElement> Candidates { get; private set; } = [];

    public static async Task<PublicityHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var database = TestDatabase.Sqlite();
        var clock = new ShiftableClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var app = ServiceHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(database.Settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Http:AdminKey"] = AdminKey,
                ["Http:Url"] = "http://127.0.0.1:0",
                ["Scheduler:IdleWaitMilliseconds"] = "1000",
            });
            if (settings is not null)
                builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PublicityHost(app, database, clock, new Uri(address));
    }

    /// <summary>A client of its own with a cookie jar, as a browser has; redirects are not followed unless asked.</summary>
    public HttpClient Client(string? apiKey = null, bool followRedirects = false)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = BaseAddress };
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Sets up everything up to a started publicity with three candidates from the roster, then moves the clock into the period.</summary>
    public async Task StartPublicityAsync(string? objectionContact = "人力资源部（办公楼三楼301室），电话13912345678", string? hrEmail = "hr@example.com")
    {
        var admin = Client(AdminKey);
        var registered = await admin.PostAsJsonAsync("/api/admin/enterprises", new
        {
            name = "甲机械有限公司", creditCode = "91350100M000100Y43", evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32",
            siteSequenceCode = "000123", registrationAuthority = "滨州市职业技能鉴定中心", registrationNumber = "滨评备-0Y43", registrationDate = "2026-01-05",
        });
        registered.EnsureSuccessStatusCode();
        Key = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        var client = Client(Key);

        var roster = File.ReadAllLines(RepositoryRoot.File("samples", "roster.csv")).Take(11);
        (await client.PostAsync("/api/roster", new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', roster))))).EnsureSuccessStatusCode();
        var employees = (await client.GetFromJsonAsync<JsonElement>("/api/roster/employees")).GetProperty("items").EnumerateArray().Take(3).ToList();

        var schemeId = await PublishSchemeAsync(client, SchemeTexts.Binzhou());
        var cycle = await client.PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
        cycle.EnsureSuccessStatusCode();
        CycleId = (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var started = await client.PostAsJsonAsync($"/api/cycles/{CycleId}/publicity", new
        {
            candidates = employees.Select(e => new
            {
                applicationId = Guid.NewGuid(), employeeId = e.GetProperty("id").GetGuid(), name = e.GetProperty("name").GetString(),
                gender = e.GetProperty("gender").GetString(), department = e.GetProperty("department").GetString(),
                occupationName = e.GetProperty("occupationName").GetString(), level = "特级技师",
            }),
            objectionContact, hrEmail,
        });
        if (started.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException(await started.Content.ReadAsStringAsync());
        var notice = await started.Content.ReadFromJsonAsync<JsonElement>();
        PublicUrl = notice.GetProperty("publicUrl").GetString()!;
        Candidates = notice.GetProperty("entries").EnumerateArray().ToList();
        Clock.JumpTo(DuringPublicity);
    }

    public static async Task<Guid> PublishSchemeAsync(HttpClient client, string yaml)
    {
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
