using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// The real service, built by the Worker's own <see cref="ServiceHost"/> (API, Hangfire scheduler, mail dispatcher), on a
/// loopback Kestrel port over a fresh SQLite file, with a simulated clock. Seeded through its own API as HR would:
/// an enterprise (administrator API), a roster, the 江苏 特级技师 template for 2026 taken to Published, and a cycle whose
/// application window (10 June 2026 9:00 – 12 June 16:00) the scheduler then opens.
/// </summary>
internal sealed class ProductApi : IAsyncDisposable
{
    internal const string AdminKey = "benchmark-admin-key-0123456789";
    private readonly WebApplication _app;
    private readonly Func<System.Data.Common.DbConnection> _connect;

    private ProductApi(WebApplication app, Func<System.Data.Common.DbConnection> connect, Uri address, string key, Guid enterpriseId, Guid cycleId, string cycleStatus)
    {
        EnterpriseId = enterpriseId;
        _app = app;
        _connect = connect;
        Address = address;
        ApiKey = key;
        CycleId = cycleId;
        CycleStatus = cycleStatus;
    }

    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;
    public Guid EnterpriseId { get; }
    public string ApiKey { get; }
    public Guid CycleId { get; }
    public string CycleStatus { get; }
    public string ApplicationsPath => $"/api/cycles/{CycleId}/applications";

    /// <param name="postgres">A PostgreSQL database's connection string to run on instead of a SQLite file.</param>
    /// <param name="configure">Extra set-up of the host (an interceptor for a profile), applied last.</param>
    public static async Task<ProductApi> StartAsync(string folder, byte[] rosterCsv, string? postgres = null, Action<WebApplicationBuilder>? configure = null)
    {
        var clock = new ShiftedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var databasePath = Path.Combine(folder, "product.db");
        var app = ServiceHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = postgres is null ? "Sqlite" : "PostgreSql", ["Database:SqlitePath"] = databasePath,
                ["Database:ConnectionString"] = postgres,
                ["Http:Url"] = "http://127.0.0.1:0", ["Http:AdminKey"] = AdminKey,
                ["Mail:Delivery"] = "Pickup", ["Mail:PickupFolder"] = Path.Combine(folder, "mail"),
                // Unpaced, so the mails of the window opening are out before timing starts (see WaitForMailAsync).
                ["Mail:MessagesPerSecond"] = "0",
                ["Materials:Folder"] = Path.Combine(folder, "materials"),
            });
            builder.Services.AddSingleton<TimeProvider>(clock);
            // Logs go to stderr, warnings and errors only: the benchmark's stdout is the Markdown result.
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole().AddFilter((_, level) => level >= LogLevel.Warning);
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            configure?.Invoke(builder);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var (enterpriseId, key) = await RegisterAsync(http);
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        await Ok(await http.PostAsync("/api/roster", new ByteArrayContent(rosterCsv)), "roster import");
        var schemeId = await PublishSchemeAsync(http);
        var cycle = await Ok(await http.PostAsJsonAsync("/api/cycles", new
        {
            schemeId, year = 2026, windowOpensAt = "2026-06-10 09:00", windowClosesAt = "2026-06-12 16:00",
            reviewEndsAt = "2026-06-15 17:00", publicityStartsAt = "2026-06-16 00:00",
        }), "cycle");
        var cycleId = cycle.GetProperty("id").GetGuid();

        // One second after the window opens, so the scheduler takes the opening on time (no "late" warning).
        clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 10), new TimeOnly(9, 0, 1)));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CycleScheduler>().RunDueStepsAsync(cycleId, CancellationToken.None);
        var status = (await http.GetFromJsonAsync<JsonElement>($"/api/cycles/{cycleId}")).GetProperty("status").GetString() ?? "?";
        Func<System.Data.Common.DbConnection> connect = postgres is null
            ? () => new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=30")
            : () => new Npgsql.NpgsqlConnection(postgres);
        return new ProductApi(app, connect, address, key, enterpriseId, cycleId, status);
    }

    public long CountApplications() => Scalar("SELECT COUNT(*) FROM applications");

    /// <summary>Applications for distinct employees: below <see cref="CountApplications"/> if any employee's was stored twice.</summary>
    public long CountDistinctApplicants() => Scalar("SELECT COUNT(DISTINCT \"EmployeeId\") FROM applications");

    public long CountAuditRecords() => Scalar("SELECT COUNT(*) FROM audit_records");

    /// <summary>
    /// Waits until the mail dispatcher has sent every queued mail (the window opening queues one per likely applicant,
    /// each run one per application), so a run starts with the service idle and is not billed for earlier runs' mail.
    /// </summary>
    public async Task WaitForMailAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (Scalar("SELECT COUNT(*) FROM outbox_messages WHERE \"Status\" IN ('Pending', 'Sending')") > 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"The mail outbox was not drained within {limit}.");
            await Task.Delay(250);
        }
    }

    public long CountSentMail() => Scalar("SELECT COUNT(*) FROM outbox_messages WHERE \"Status\" = 'Sent'");

    private long Scalar(string sql)
    {
        using var connection = _connect();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task<(Guid Id, string Key)> RegisterAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/enterprises")
        {
            Content = JsonContent.Create(new
            {
                name = "基准测试机械有限公司", creditCode = "91350100M000100Y43", evaluatorType = "Y", evaluatorCode = "0000",
                provinceCode = "32", siteSequenceCode = "000123", registrationAuthority = "江苏省职业技能鉴定中心",
                registrationNumber = "苏评备-0001", registrationDate = "2026-01-05",
            }),
        };
        request.Headers.Add("X-Api-Key", AdminKey);
        var body = await Ok(await http.SendAsync(request), "enterprise registration");
        return (body.GetProperty("enterprise").GetProperty("id").GetGuid(), body.GetProperty("apiKey").GetString()!);
    }

    /// <param name="copy">Above 0: a distinct copy of the text (a trailing comment), so an upload is not taken for the earlier one.</param>
    internal static async Task<Guid> PublishSchemeAsync(HttpClient http, int copy = 0)
    {
        var yaml = File.ReadAllText(RepositoryRoot.File("plugins", "Jiangsu", "templates", "jiangsu-grand-technician.yaml"))
            .Replace("\nyear: 2022", "\nyear: 2026", StringComparison.Ordinal)
            // The enterprise's choice of review form (004 二(四)): a scheme with none chosen is not published.
            .Replace("{code: performance, name: 业绩评审, kind: pass-fail, optional: true, chosen: false", "{code: performance, name: 业绩评审, kind: pass-fail, optional: true, chosen: true", StringComparison.Ordinal)
            + (copy > 0 ? $"\n# copy {copy}\n" : "");
        var scheme = await Ok(await http.PostAsync("/api/schemes?fileName=jiangsu-grand-technician.yaml", new StringContent(yaml)), "scheme upload");
        var id = scheme.GetProperty("id").GetGuid();
        var assessorKey = await AssessorKeyAsync(http);
        await Ok(await http.PostAsync($"/api/schemes/{id}/submit", null), "scheme submit");
        // 方案报审 (004 二(三)): the assessor approves with its own key, never the enterprise's.
        using (var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/assessor/schemes/{id}/approve"))
        {
            approve.Headers.Add("X-Api-Key", assessorKey);
            await Ok(await http.SendAsync(approve), "scheme approval by the assessor");
        }
        await Ok(await http.PostAsync($"/api/schemes/{id}/publish", null), "scheme publish");
        return id;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, string> AssessorKeys = new();

    /// <summary>The key of the enterprise's assessor (江苏省职业技能鉴定中心), registered and assigned on first need.</summary>
    private static async Task<string> AssessorKeyAsync(HttpClient http)
    {
        var enterpriseId = (await Ok(await http.GetAsync("/api/enterprise"), "enterprise")).GetProperty("id").GetGuid();
        if (AssessorKeys.TryGetValue(enterpriseId, out var known)) return known;
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/admin/assessors")
        {
            Content = JsonContent.Create(new { name = $"江苏省职业技能鉴定中心（{enterpriseId.ToString("N")[..8]}）" }),
        };
        create.Headers.Add("X-Api-Key", AdminKey);
        var created = await Ok(await http.SendAsync(create), "assessor registration");
        using var assign = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/enterprises/{enterpriseId}/assessor")
        {
            Content = JsonContent.Create(new { assessorId = created.GetProperty("assessor").GetProperty("id").GetGuid() }),
        };
        assign.Headers.Add("X-Api-Key", AdminKey);
        await Ok(await http.SendAsync(assign), "assessor assignment");
        return AssessorKeys.GetOrAdd(enterpriseId, created.GetProperty("apiKey").GetString()!);
    }

    internal static async Task<JsonElement> Ok(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Seeding failed at {what}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
