using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Publicity;
using Enterprise.Eval.Integration.Tests.Review;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>
/// A whole 特级技师 cycle through the HTTP API alone, as an HR platform drives it: every action is a request; the test
/// only moves the clock and lets the scheduler take the steps that fall due. The applicant's status link is read from
/// the mail the applicant received.
/// </summary>
public sealed partial class ApiCycleWalkSpecs : IAsyncLifetime
{
    private const string Scheme = """
        id: api-walk
        title: 接口全流程特级技师评聘
        region: 江苏
        year: 2026
        targetLevel: 特级技师
        eligibility:
          conditions:
            senior-5: {kind: level-held-for, level: 高级技师, years: 满5年}
          routes:
            - {id: by-skill-level, name: 依高级技师资格申报, kind: standard, requires: [senior-5]}
        reviewStages:
          - {code: overall, name: 综合评审, kind: scored, scaleMax: 100, weight: 1, passMark: 60分以上, source: test}
        committee: {minSize: 5, maxSize: 9, expertShare: 不少于2/3, source: test}
        vote: {threshold: 50%以上, denominator: all-members, ballot: open, source: test}
        materials:
          items:
            - {code: photo, name: 本人近期免冠证件照片, required: false, fileTypes: [jpg], maxSizeKb: 200, source: test}
        """;

    private readonly SimulatedClock _clock = new(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
    private ApiHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await ApiHost.StartAsync(_clock, new Dictionary<string, string?> { ["Plugins:Folder"] = Plugins.PackFolders.Built });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WholeCycle_ThroughTheApiAlone_FromRegistrationToTheApplicantsStatusPage()
    {
        // 1 The administrator registers the enterprise; its key drives everything after.
        var registered = await Ok(await _host.Client(ApiHost.AdminKey).PostAsJsonAsync("/api/admin/enterprises", new
        {
            name = "甲机械有限公司", creditCode = "91350100M000100Y43", evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32",
            siteSequenceCode = "000123", registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-0Y43", registrationDate = "2026-01-05",
        }));
        var api = _host.Client(registered.GetProperty("apiKey").GetString());

        // 2 Roster, 3 scheme upload → submit → the assessor approves → publish, 4 cycle with its timetable.
        await Ok(await api.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv")))));
        var scheme = await Ok(await api.PostAsync("/api/schemes?fileName=api-walk.yaml", new StringContent(Scheme)));
        var schemeId = scheme.GetProperty("id").GetGuid();
        if (scheme.GetProperty("assessmentRequired").GetBoolean())
        {
            // 方案报审: the assessor (江苏省职业技能鉴定中心) decides with its own key.
            var assessorKey = await Cycles.AssessorApi.KeyForAsync(api, "江苏省职业技能鉴定中心");
            await Ok(await api.PostAsync($"/api/schemes/{schemeId}/submit", null));
            await Cycles.AssessorApi.ApproveAsync(api, assessorKey, schemeId);
        }
        else await Ok(await api.PostAsync($"/api/schemes/{schemeId}/approve", null));
        await Ok(await api.PostAsync($"/api/schemes/{schemeId}/publish", null));
        var cycleId = (await Ok(await api.PostAsJsonAsync("/api/cycles", Cycles.CycleSpecs.Timetable(schemeId)))).GetProperty("id").GetGuid();
        var cycle = $"/api/cycles/{cycleId}";

        // 5 The scheduler opens the window.
        await StepToNextAsync(api, cycle, "Open");

        // 6 Three senior technicians apply; the first request is retried with its Idempotency-Key and makes no second application.
        var applications = new List<Guid>();
        foreach (var number in SeniorTechniciansInPostSince2020().Take(3))
        {
            var body = new { employeeNumber = number, education = "大专", department = "机加工车间", expertise = "精密车削", pledged = true };
            var first = await SubmitAsync(api, cycle, body, "walk-" + number);
            applications.Add(first.GetProperty("application").GetProperty("id").GetGuid());
            if (applications.Count > 1) continue;
            var retried = await SubmitAsync(api, cycle, body, "walk-" + number, replayed: true);
            Assert.Equal(applications[0], retried.GetProperty("application").GetProperty("id").GetGuid());
        }
        Assert.Equal(3, (await Ok(await api.GetAsync($"{cycle}/applications"))).GetProperty("total").GetInt32());
        var photo = await Ok(await api.PostAsync($"{cycle}/applications/{applications[0]}/materials/photo?fileName=photo.jpg", new ByteArrayContent(Jpeg())));
        await Ok(await api.PostAsJsonAsync($"{cycle}/applications/{applications[0]}/materials/{photo.GetProperty("id").GetGuid()}/review", new { accepted = true }));

        // 7 The window closes: closing screening, and the review opens with the screened applications.
        await StepToNextAsync(api, cycle, "Reviewing");
        var review = new ReviewApi(api, cycleId);
        var candidates = (await review.OverviewAsync()).GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(applications.Order(), candidates.Order());

        // 8 Committee, marks, ballots and votes, the recommended list.
        var members = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 4)));
        foreach (var candidate in candidates)
        {
            foreach (var member in members) await ReviewApi.Ensure(await review.MarkAsync("overall", member, candidate, score: 85));
            await ReviewApi.Ensure(await review.OpenBallotAsync(candidate));
            foreach (var member in members) await ReviewApi.Ensure(await review.VoteAsync(candidate, member, "for"));
            Assert.Equal("Passed", (await review.CloseBallotAsync(candidate)).GetProperty("conclusion").GetString());
        }
        Assert.Equal(3, (await review.ComputeListAsync(3)).GetProperty("recommended").GetArrayLength());

        // 9 The scheduler starts publicity with the recommended list.
        await StepToNextAsync(api, cycle, "Publicity");
        var publicity = await Ok(await api.GetAsync($"{cycle}/publicity"));
        var page = new Uri(publicity.GetProperty("publicUrl").GetString()!).AbsolutePath;

        // 10 One objection through the public page's form, as a browser sends it (antiforgery cookie and field).
        var (status, _, posted) = await PublicForm.PostAsync(_host.BrowserClient(), page, applications[0],
            "反映其技术攻关成果系他人完成。", "李明", "liming@example.com");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.EndsWith("?received=1", posted.Headers.Location!.ToString());
        var objection = Assert.Single((await Ok(await api.GetAsync($"{cycle}/publicity/objections"))).GetProperty("items").EnumerateArray());
        Assert.Equal("Open", objection.GetProperty("status").GetString());

        // 11 At the period's end the step is held by the open objection; HR resolves it and publicity concludes.
        await StepToNextAsync(api, cycle, "Publicity");
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal("Publicity", (await Ok(await api.GetAsync(cycle))).GetProperty("status").GetString());
        await Ok(await api.PostAsJsonAsync($"{cycle}/publicity/objections/1/resolve", new { upheld = false, reason = "经核实，成果由本人主持完成，异议不成立" }));
        // Resolving the last objection releases the held step at once: no advance, no waiting for the periodic reconcile.
        Assert.Equal("Concluded", (await Ok(await api.GetAsync(cycle))).GetProperty("status").GetString());

        // 12 Certificates, 13 the export and the province's answer.
        await Ok(await api.PostAsync($"{cycle}/certify", null));
        var certificates = await Ok(await api.GetAsync($"/api/certificates?cycleId={cycleId}"));
        Assert.Equal(3, certificates.GetProperty("total").GetInt32());
        var numbers = certificates.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()!).ToList();
        var adapters = await Ok(await api.GetAsync("/api/exports/adapters"));
        Assert.Contains(adapters.GetProperty("adapters").EnumerateArray(), a => a.GetProperty("name").GetString() == "national");
        var export = await ExportAsync(api, cycleId, "walk-export");
        Assert.True(export.IsSuccessStatusCode, await export.Content.ReadAsStringAsync());
        var file = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(numbers.Count + 1, file.Count(b => b == (byte)'\n'));
        var batchId = export.Headers.GetValues("X-Export-Batch").Single();
        // The answer was lost on the way: the retry runs nothing again and names the batch, but the file (full ID
        // numbers) was never kept in the idempotency record; no second batch is recorded.
        var exportAgain = await ExportAsync(api, cycleId, "walk-export");
        Assert.Equal(HttpStatusCode.Conflict, exportAgain.StatusCode);
        Assert.Equal("true", exportAgain.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Single());
        Assert.Equal(IdempotencyMiddleware.WithheldCode, (await exportAgain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(batchId, exportAgain.Headers.GetValues("X-Export-Batch").Single());
        Assert.Single((await Ok(await api.GetAsync($"/api/exports/batches?cycleId={cycleId}"))).GetProperty("items").EnumerateArray());
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var kept = await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().IdempotencyRecords.AsNoTracking().Where(r => r.Key == "walk-export").ToListAsync();
            Assert.Empty(Assert.Single(kept).ResponseBody ?? []);
        }
        var answer = await Ok(await api.PostAsJsonAsync($"/api/exports/batches/{batchId}/answer", new { accepted = true }));
        Assert.True(answer.GetProperty("allAccepted").GetBoolean());

        // 14 Mail failures: staff of the sample roster without an e-mail address could not be told the window opened.
        var failed = (await Ok(await api.GetAsync("/api/mail/failed"))).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, m => Assert.Contains(m.GetProperty("status").GetString(),
            new[] { MailFailures.StatusName(OutboxStatus.Failed), MailFailures.StatusName(OutboxStatus.NoAddress) }));

        // 15 The applicant follows the link in the certificate mail to their status page.
        var link = await StatusLinkInMailAsync(MailEvent.CertificateIssued);
        var statusPage = await _host.Client().GetAsync(new Uri(link).AbsolutePath);
        var html = await statusPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, statusPage.StatusCode);
        Assert.Contains("已发证", html);
        Assert.Contains(numbers, n => html.Contains(n, StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> ExportAsync(HttpClient api, Guid cycleId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/exports/run") { Content = JsonContent.Create(new { cycleId, adapter = "national" }) };
        request.Headers.Add(IdempotencyMiddleware.Header, key);
        return api.SendAsync(request);
    }

    private async Task<JsonElement> SubmitAsync(HttpClient api, string cycle, object body, string key, bool replayed = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{cycle}/applications") { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyMiddleware.Header, key);
        var response = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(replayed, response.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Moves the clock to just before the cycle's next step is due (as the API shows it) and lets the scheduler take
    /// it at its time. (A jump far past a job is caught by the recurring reconcile, which runs what the product's clock says is due.)
    /// </summary>
    private async Task StepToNextAsync(HttpClient api, string cycle, string expected)
    {
        var due = (await Ok(await api.GetAsync(cycle))).GetProperty("nextDueAt").GetDateTimeOffset();
        _clock.JumpTo(due - TimeSpan.FromSeconds(2));
        await WaitForStatusAsync(api, cycle, expected);
    }

    private static async Task WaitForStatusAsync(HttpClient api, string cycle, string expected)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var status = (await Ok(await api.GetAsync(cycle))).GetProperty("status").GetString();
            if (status == expected) return;
            if (watch.Elapsed > TimeSpan.FromSeconds(30)) Assert.Fail($"the cycle is {status}, not {expected}, after {watch.Elapsed.TotalSeconds:0} s");
            await Task.Delay(250);
        }
    }

    private async Task<string> StatusLinkInMailAsync(MailEvent kind)
    {
        using var scope = _host.Services.CreateScope();
        var mails = await scope.ServiceProvider.GetRequiredService<EvalDbContext>().OutboxMessages.AsNoTracking().Where(m => m.Kind == kind).ToListAsync();
        return StatusLink().Match(Assert.IsType<string>(mails.First().TextBody)).Value;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static byte[] Jpeg()
    {
        var content = new byte[2048];
        (content[0], content[1], content[2]) = (0xFF, 0xD8, 0xFF);
        return content;
    }

    private static IEnumerable<string> SeniorTechniciansInPostSince2020() =>
        File.ReadLines(RepositoryRoot.File("samples", "roster.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[9] == "高级技师" && DateOnly.Parse(f[11]) <= new DateOnly(2020, 6, 1))
            .Select(f => f[0]);

    [GeneratedRegex(@"https?://[^\s""<]+/status/[A-Za-z0-9_-]{43}")]
    private static partial Regex StatusLink();
}
