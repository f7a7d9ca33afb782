using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>
/// The HR officer's applications list over the real service (in memory, no browser) with two applications under the
/// shipped 南通 高级技师 template (it lists the photo material): the verdict the API gives is the verdict the page shows, ID numbers are masked by
/// the one rule, the filters narrow the list, and every account change left its audit record.
/// </summary>
public sealed partial class ConsoleApplicationsSpecs : IAsyncLifetime
{
    private OpenWindow _window = null!;
    private HttpClient _hr = null!;

    public async Task InitializeAsync()
    {
        _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", 2026));
        var enterprise = await _window.Client.GetFromJsonAsync<JsonElement>("/api/enterprise");
        var created = await _window.Host.Client(CycleHost.AdminKey).PostAsJsonAsync(
            $"/api/admin/enterprises/{enterprise.GetProperty("id").GetGuid()}/hr-account", new { email = "HR@Jia.example.com", displayName = "王人事" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationUrl").GetString()!).AbsolutePath;
        _hr = _window.Host.BrowserClient();
        var accepted = await _hr.PostAsync(link, ConsoleHost.Form(ConsoleHost.TokenOf(await _hr.GetStringAsync(link)), ("password", ConsoleHost.Password)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _hr.Dispose();
        await _window.DisposeAsync();
    }

    [Fact]
    public async Task TheList_ShowsEachApplicationsVerdictAndExplanation_MasksIdNumbers_AndFiltersByOccupationAndVerdict()
    {
        var verdicts = new Dictionary<string, string>();
        foreach (var (employee, occupation) in new[] { ("E00002", "6-31-01-03"), ("E00001", (string?)null) })
        {
            var response = await _window.Client.PostAsJsonAsync(_window.Applications, new
            {
                employeeNumber = employee, education = "大专", department = "质量部", expertise = "高低压配电", pledged = true,
                stillInOccupation = true, appliedOccupationCode = occupation,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            verdicts[employee] = body.GetProperty("screening").GetProperty("kind").GetString()!;
            Assert.Equal(body.GetProperty("screening").GetProperty("summary").GetString(), body.GetProperty("application").GetProperty("submissionSummary").GetString());
        }

        var page = await _hr.GetStringAsync($"/console/cycles/{_window.CycleId}/applications");
        var rows = Rows(page);
        Assert.Equal(["E00001", "E00002"], rows.Select(r => r.Employee));
        Assert.All(rows, r => Assert.Matches(@"^\d{6}\*{8}[0-9X]{4}$", r.IdNumber));
        Assert.Contains("共 2 份", page);
        var e2 = rows.Single(r => r.Employee == "E00002");
        var e2Verdict = Enum.Parse<Domain.Eligibility.Verdicts.VerdictKind>(verdicts["E00002"]);
        Assert.Contains($"<strong>{Domain.Eligibility.Verdicts.VerdictKindNames.ChineseName(e2Verdict)}</strong>", e2.Html);
        Assert.Contains("<ul class=\"explanation\">", e2.Html);

        var byOccupation = Rows(await _hr.GetStringAsync($"/console/cycles/{_window.CycleId}/applications?occupation=6-31-01-03"));
        Assert.Equal(["E00002"], byOccupation.Select(r => r.Employee));

        var byVerdict = Rows(await _hr.GetStringAsync($"/console/cycles/{_window.CycleId}/applications?verdict={verdicts["E00001"]}"));
        Assert.Equal(verdicts.Where(v => v.Value == verdicts["E00001"]).Select(v => v.Key).Order(StringComparer.Ordinal), byVerdict.Select(r => r.Employee));

        var none = Rows(await _hr.GetStringAsync($"/console/cycles/{_window.CycleId}/applications?occupation=9-99-99-99"));
        Assert.Empty(none);
    }

    [Fact]
    public async Task TheDetailPage_RecordsHrsAttestation_ThroughTheApisUseCase_AndRefusesOneWithoutAReason()
    {
        var response = await _window.Client.PostAsJsonAsync(_window.Applications, new
        {
            employeeNumber = "E00002", education = "大专", department = "质量部", expertise = "高低压配电", pledged = true, stillInOccupation = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
        var path = $"/console/cycles/{_window.CycleId}/applications/{id}";
        var page = await _hr.GetStringAsync(path);
        // The 南通 template's attested items and its required materials, by the names the scheme gives them.
        Assert.Contains("<option value=\"transferred\">已转岗，按新工种申报且新工种在考评范围内</option>", page);
        Assert.Contains("value=\"material:", page);

        var refused = await _hr.PostAsync($"{path}/attestations", ConsoleHost.Form(ConsoleHost.TokenOf(page), ("item", "transferred"), ("confirmed", "yes"), ("reason", " ")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(Application.Attestations.AttestationErrors.ReasonRequired, await refused.Content.ReadAsStringAsync());

        var recorded = await _hr.PostAsync($"{path}/attestations", ConsoleHost.Form(ConsoleHost.TokenOf(page), ("item", "transferred"), ("confirmed", "no"),
            ("reason", "未转岗")));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("<td>已转岗，按新工种申报且新工种在考评范围内</td><td>不予确认</td><td>未转岗</td>", await _hr.GetStringAsync(path));
        await using var scope = _window.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
        var audit = await db.AuditRecords.AsNoTracking().SingleAsync(a => a.Action == "application.attested" && a.EntityId == id.ToString());
        Assert.StartsWith("account:", audit.Actor);
    }

    [Fact]
    public async Task AFraudDisqualification_UnderTheNantongScheme_LeavesACreditRecordOnThePage_NotABan()
    {
        var response = await _window.Client.PostAsJsonAsync(_window.Applications, new
        {
            employeeNumber = "E00002", education = "大专", department = "质量部", expertise = "高低压配电", pledged = true, stillInOccupation = true,
        });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();

        var disqualified = await _window.Client.PostAsJsonAsync($"{_window.Applications}/{id}/disqualify", new { reason = "提供虚假获奖证书" });

        Assert.True(disqualified.IsSuccessStatusCode, await disqualified.Content.ReadAsStringAsync());
        var page = await _hr.GetStringAsync($"/console/cycles/{_window.CycleId}/applications/{id}");
        // 002 二(六) 记入诚信记录，期限为三年: shown to whoever decides, and it bars nothing (issue 19 point 5).
        var records = System.Text.RegularExpressions.Regex.Match(page, "<dd id=\"records\">(.*?)</dd>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(records, "诚信记录：\\d{4}年\\d+月\\d+日至\\d{4}年\\d+月\\d+日，弄虚作假（提供虚假获奖证书）"), records);
        Assert.DoesNotContain("禁止申报：", page);
    }

    [Fact]
    public async Task TheListsCharts_CountTheCyclesApplications_PerDayAndPerOccupationByVerdict_WhateverTheFilter()
    {
        var verdicts = new List<string>();
        foreach (var (employee, occupation) in new[] { ("E00002", "6-31-01-03"), ("E00001", (string?)null) })
        {
            var response = await _window.Client.PostAsJsonAsync(_window.Applications, new
            {
                employeeNumber = employee, education = "大专", department = "质量部", expertise = "高低压配电", pledged = true,
                stillInOccupation = true, appliedOccupationCode = occupation,
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            verdicts.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screening").GetProperty("kind").GetString()!);
        }

        var page = await _hr.GetStringAsync($"/console/cycles/{_window.CycleId}/applications?occupation=9-99-99-99");

        var perDay = Chart(page, "applications-per-day");
        Assert.Equal(2, perDay.Sum(b => b.Total));
        var today = Domain.Common.ChinaTime.DateOf(_window.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        Assert.Equal(2, perDay.Single(b => b.Label == $"{today.Month}月{today.Day}日").Total);
        var perOccupation = Chart(page, "verdicts-per-occupation");
        Assert.Equal(2, perOccupation.Sum(b => b.Total));
        var series = SeriesCounts().Matches(page[page.IndexOf("id=\"verdicts-per-occupation\"", StringComparison.Ordinal)..])
            .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Sum(m => int.Parse(m.Groups[2].Value)));
        var expected = verdicts.GroupBy(v => Domain.Eligibility.Verdicts.VerdictKindNames.ChineseName(Enum.Parse<Domain.Eligibility.Verdicts.VerdictKind>(v)))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), series.OrderBy(e => e.Key));
        Assert.DoesNotContain("<script", page);
    }

    private static List<(string Label, int Total)> Chart(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        var end = page.IndexOf("</figure>", start, StringComparison.Ordinal);
        return ChartBars().Matches(page[start..end]).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();
    }

    [GeneratedRegex("<g data-label=\"([^\"]+)\" data-total=\"(\\d+)\">")]
    private static partial Regex ChartBars();

    [GeneratedRegex("data-series=\"([^\"]+)\" data-count=\"(\\d+)\"")]
    private static partial Regex SeriesCounts();

    [Fact]
    public async Task AccountChanges_AreAudited_AndASecondHrOfficerThroughTheAdminApiIsRefused()
    {
        var enterprise = await _window.Client.GetFromJsonAsync<JsonElement>("/api/enterprise");
        var second = await _window.Host.Client(CycleHost.AdminKey).PostAsJsonAsync(
            $"/api/admin/enterprises/{enterprise.GetProperty("id").GetGuid()}/hr-account", new { email = "hr2@jia.example.com", displayName = "孙人事" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal("EVAL-ACC-007", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        await using var scope = _window.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
        var account = await db.ConsoleAccounts.SingleAsync();
        Assert.Equal("hr@jia.example.com", account.Email);
        Assert.StartsWith("AQAAAA", account.PasswordHash);   // Identity's v3 format marker, base64
        Assert.Null(account.InvitationTokenHash);
        var audit = await db.AuditRecords.Where(a => a.EntityId == account.Id.ToString()).Select(a => new { a.Action, a.Actor, a.After }).ToListAsync();
        Assert.Equal(["account.invited", "account.activated"], audit.Select(a => a.Action));
        Assert.Equal("admin", audit[0].Actor);
        Assert.All(audit, a => Assert.DoesNotContain(ConsoleHost.Password, a.After ?? ""));
        Assert.All(audit, a => Assert.DoesNotContain("AQAAAA", a.After ?? ""));
    }

    [Fact]
    public async Task HrOfficer_ReturnsAMaterialWithAReason_ThroughTheSameUseCaseAsTheApi()
    {
        var submitted = await _window.Client.PostAsJsonAsync(_window.Applications, new
        {
            employeeNumber = "E00002", education = "大专", department = "质量部", expertise = "高低压配电", pledged = true, stillInOccupation = true,
        });
        var applicationId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
        var jpeg = new byte[1000];
        (jpeg[0], jpeg[1], jpeg[2]) = (0xFF, 0xD8, 0xFF);
        var upload = await _window.Client.PostAsync($"{_window.Applications}/{applicationId}/materials/photo?fileName=a.jpg", new ByteArrayContent(jpeg));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var materialId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var detail = $"/console/cycles/{_window.CycleId}/applications/{applicationId}";
        var review = $"{detail}/materials/{materialId}/review";

        var page = await _hr.GetStringAsync(detail);
        Assert.Contains("待审核", page);
        Assert.Matches(@"<dd class=""id-number"">\d{6}\*{8}[0-9X]{4}</dd>", page);

        var forged = await _hr.PostAsync(review, new FormUrlEncodedContent([KeyValuePair.Create("decision", "accept")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var returned = await _hr.PostAsync(review, ConsoleHost.Form(ConsoleHost.TokenOf(page), ("decision", "return"), ("reason", "照片背景须为白色")));
        Assert.True(returned.StatusCode == HttpStatusCode.Redirect, await returned.Content.ReadAsStringAsync());

        Assert.Contains("已退回：照片背景须为白色", await _hr.GetStringAsync(detail));
        var stored = await _window.Client.GetFromJsonAsync<JsonElement>($"{_window.Applications}/{applicationId}");
        var material = stored.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == materialId);
        Assert.Equal("Returned", material.GetProperty("review").GetString());
        Assert.Equal("照片背景须为白色", material.GetProperty("returnReason").GetString());
    }

    private static List<(string Employee, string IdNumber, string Html)> Rows(string page) =>
        Row().Matches(page).Select(m => (m.Groups["employee"].Value, m.Groups["id"].Value, m.Value)).ToList();

    [GeneratedRegex("<tr data-application=\"[^\"]+\"><td><a [^>]+>[^<]*</a></td><td>(?<employee>[^<]+)</td><td>[^<]*</td><td class=\"id-number\">(?<id>[^<]+)</td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
