using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Enterprise.Eval.Integration.Tests.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>
/// The reporting staff's page (issue 15 point 4) over the real service, with a cycle reviewed up to its recommended
/// list: the clerk runs an adapter and downloads the file, a refused run says why on the page and writes nothing, the
/// authority's answer is recorded per batch, and the page is the reporting staff's only.
/// </summary>
public sealed partial class ReportsConsoleSpecs : IAsyncLifetime
{
    private PipelineJourney _journey = null!;
    private HttpClient _clerk = null!;
    private HttpClient _hr = null!;

    public async Task InitializeAsync()
    {
        _journey = await PipelineJourney.StartAsync(new Dictionary<string, string?> { ["Plugins:Folder"] = PackFolders.Built });
        await _journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in _journey.Applicants) applications.Add(await _journey.SubmitAsync(number));
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);
        await _journey.ReviewEveryoneAsync(applications);
        (await _journey.Client.PostAsJsonAsync($"/api/cycles/{_journey.CycleId}/review/list", new { })).EnsureSuccessStatusCode();

        var created = await _journey.Host.Client(CycleHost.AdminKey).PostAsJsonAsync(
            $"/api/admin/enterprises/{_journey.EnterpriseId}/hr-account", new { email = "hr@jia.example.com", displayName = "王人事" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        _hr = await AcceptAsync(new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationUrl").GetString()!).AbsolutePath);
        var invite = await _hr.PostAsync("/console/accounts/invite", ConsoleHost.Form(ConsoleHost.TokenOf(await _hr.GetStringAsync("/console/accounts")),
            ("email", "clerk@jia.example.com"), ("displayName", "钱上报"), ("role", "ReportingStaff")));
        var link = InvitationLink().Match(await invite.Content.ReadAsStringAsync());
        _clerk = await AcceptAsync(new Uri(WebUtility.HtmlDecode(link.Groups[1].Value)).AbsolutePath);
    }

    public async Task DisposeAsync()
    {
        _clerk.Dispose();
        _hr.Dispose();
        await _journey.DisposeAsync();
    }

    [Fact]
    public async Task TheClerk_RunsAnAdapter_DownloadsTheFile_AndRecordsTheAuthoritysAnswer()
    {
        var page = await _clerk.GetStringAsync("/console/reports");
        Assert.Contains("江苏省特级技师建议人选名单（公示）", page);
        Assert.Contains("<label for=\"wenzhou-summary-enterprise-headcount\">企业人数</label>", page);
        Assert.Contains("no-batches", page);

        var file = await _clerk.PostAsync("/console/reports/run", Form(page, ("adapter", "jiangsu-publicity"), ("cycleId", _journey.CycleId.ToString())));

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", file.Headers.CacheControl!.ToString());
        Assert.StartsWith("jiangsu-publicity-", file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName);
        var lines = ExportSamples.Gb18030(await file.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);

        page = await _clerk.GetStringAsync("/console/reports");
        var batch = await SingleBatchAsync();
        Assert.Contains($"id=\"batch-{batch.Id}\"", page);
        Assert.Contains("待答复", page);

        var answered = await _clerk.PostAsync($"/console/reports/batches/{batch.Id}/answer", Form(page, ("decision", "accept")));

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(ExportBatchStatus.Accepted, (await SingleBatchAsync()).Status);
        Assert.Contains("已接收", await _clerk.GetStringAsync("/console/reports"));
        await using var db = _journey.Database.NewContext();
        var clerk = await db.ConsoleAccounts.AsNoTracking().SingleAsync(a => a.Email == "clerk@jia.example.com");
        Assert.Equal($"account:{clerk.Id}", (await db.AuditRecords.AsNoTracking().SingleAsync(a => a.Action == "export.accepted")).Actor);
    }

    [Fact]
    public async Task ARefusedRun_SaysWhyOnThePage_AndWritesNoBatch()
    {
        var page = await _clerk.GetStringAsync("/console/reports");

        var refused = await _clerk.PostAsync("/console/reports/run", Form(page, ("adapter", "wenzhou-summary"), ("cycleId", _journey.CycleId.ToString()),
            ("field:enterprise-headcount", "1850")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains(CertificateIssueErrors.FieldNotEntered, body);
        Assert.Contains("企业资产（万元）", body);
        await using var db = _journey.Database.NewContext();
        Assert.Equal(0, await db.ExportBatches.CountAsync());
    }

    [Fact]
    public async Task ThePage_IsTheReportingStaffsOnly_AndAnotherEnterprisesCycleIsNotFound()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _hr.GetAsync("/console/reports")).StatusCode);

        var page = await _clerk.GetStringAsync("/console/reports");
        var elsewhere = await _clerk.PostAsync("/console/reports/run", Form(page, ("adapter", "national"), ("cycleId", Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    private async Task<ExportBatch> SingleBatchAsync()
    {
        await using var db = _journey.Database.NewContext();
        return await db.ExportBatches.AsNoTracking().SingleAsync();
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) => ConsoleHost.Form(ConsoleHost.TokenOf(page), fields);

    private async Task<HttpClient> AcceptAsync(string invitationPath)
    {
        var client = _journey.Host.BrowserClient();
        var accepted = await client.PostAsync(invitationPath, ConsoleHost.Form(ConsoleHost.TokenOf(await client.GetStringAsync(invitationPath)), ("password", ConsoleHost.Password)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return client;
    }

    [GeneratedRegex("<code id=\"invitation-link\">([^<]+)</code>")]
    private static partial Regex InvitationLink();
}
