using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Admin;

/// <summary>
/// The real service over a throwaway SQLite file, before the window of one scheduled 滨州 cycle (window from 09:00 on
/// 10 June 2026), so Hangfire holds the cycle's next step as a delayed job. On loopback for a browser, else in memory.
/// </summary>
internal sealed partial class DashboardHost : IAsyncDisposable
{
    public const string AdminKey = CycleHost.AdminKey;

    private DashboardHost(CycleHost host, TestDatabase database)
    {
        Host = host;
        Database = database;
    }

    public CycleHost Host { get; }
    public TestDatabase Database { get; }
    public string EnterpriseKey { get; private set; } = "";
    public Guid CycleId { get; private set; }

    public static async Task<DashboardHost> StartAsync(bool onLoopback)
    {
        var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        // The packs are loaded so the reporting staff's page offers the shipped export formats.
        var paced = new Dictionary<string, string?> { ["Scheduler:ReconcileSeconds"] = "60", ["Plugins:Folder"] = Plugins.PackFolders.Built };
        var host = onLoopback ? await CycleHost.StartOnLoopbackAsync(database, clock, paced) : await CycleHost.StartAsync(database, clock, paced);
        var dashboard = new DashboardHost(host, database);
        (_, dashboard.EnterpriseKey) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var schemeId = await host.PublishedSchemeAsync(dashboard.EnterpriseKey, SchemeTexts.Binzhou());
        var cycle = await host.Client(dashboard.EnterpriseKey).PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
        cycle.EnsureSuccessStatusCode();
        dashboard.CycleId = (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return dashboard;
    }

    /// <summary>The antiforgery token of the sign-in form, read from the page the client was just given.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser)
    {
        var page = await (await browser.GetAsync("/admin/sign-in")).Content.ReadAsStringAsync();
        return TokenField().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery field:\n" + page);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string token, string key, string returnUrl = "/hangfire") =>
        browser.PostAsync("/admin/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["key"] = key, ["returnUrl"] = returnUrl,
        }));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
