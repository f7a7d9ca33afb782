using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Publicity;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 (a browser cannot reach the in-memory test server), over a throwaway
/// SQLite file and a shiftable clock; <see cref="StartPublicityAsync"/> builds an enterprise with a roster, a
/// published 滨州 特级技师 scheme, a cycle whose publicity runs 16–23 June 2026, and a started publicity.
/// </summary>
internal sealed class PublicityHost : IAsyncDisposable
{
    public const string AdminKey = CycleHost.AdminKey;

    /// <summary>Inside the period: Wednesday 17 June 2026, 10:00 China time.</summary>
    public static readonly DateTimeOffset DuringPublicity = ChinaTime.At(new DateOnly(2026, 6, 17), new TimeOnly(10, 0));

    /// <summary>After the period: 24 June 2026, 09:00 China time.</summary>
    public static readonly DateTimeOffset AfterPublicity = ChinaTime.At(new DateOnly(2026, 6, 24), new TimeOnly(9, 0));

    private readonly CycleHost _host;

    private PublicityHost(CycleHost host, TestDatabase database, SimulatedClock clock)
    {
        _host = host;
        Database = database;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public SimulatedClock Clock { get; }
    public Uri BaseAddress => _host.BaseAddress;
    public IServiceProvider Services => _host.Services;
    public string Key { get; private set; } = "";
    public Guid CycleId { get; private set; }
    public string PublicUrl { get; private set; } = "";
    public IReadOnlyList<JsonElement> Candidates { get; private set; } = [];

    public static async Task<PublicityHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        // The page's specs start publicity by hand: the scheduler keeps its production pace so it does not step in.
        var paced = new Dictionary<string, string?> { ["Scheduler:ReconcileSeconds"] = "60", ["Scheduler:QueuePollMilliseconds"] = "1000" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) paced[key] = value;
        return new PublicityHost(await CycleHost.StartOnLoopbackAsync(database, clock, paced), database, clock);
    }

    /// <summary>A client of its own with a cookie jar, as a browser has; redirects are not followed.</summary>
    public HttpClient Client(string? apiKey = null) => _host.BrowserClient(apiKey);

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

    public static Task<Guid> PublishSchemeAsync(HttpClient client, string yaml) => HrApi.PublishedSchemeAsync([client], yaml);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
