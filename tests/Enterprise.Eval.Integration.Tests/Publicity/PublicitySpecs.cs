using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Publicity;

/// <summary>The publicity period through HR's API and the public page, on Kestrel over a real SQLite file.</summary>
public sealed class PublicitySpecs : IAsyncLifetime
{
    private PublicityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PublicityHost.StartAsync(new Dictionary<string, string?> { ["PublicityPage:ObjectionsPerWindow"] = "3" });
        await _host.StartPublicityAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Guid Entry(int i) => _host.Candidates[i].GetProperty("applicationId").GetGuid();

    [Fact]
    public async Task Start_ReturnsThePublicUrlAndTheExplicitPeriod_AndMailsEachCandidate()
    {
        var shown = await _host.Client(_host.Key).GetFromJsonAsync<JsonElement>($"/api/cycles/{_host.CycleId}/publicity");

        Assert.StartsWith(_host.BaseAddress + "publicity/", shown.GetProperty("publicUrl").GetString());
        Assert.Equal("公示时间：2026年6月16日至2026年6月23日（5个工作日）", shown.GetProperty("period").GetString());
        Assert.Equal(3, shown.GetProperty("entries").GetArrayLength());
        await using var db = _host.Database.NewContext();
        var mails = await db.OutboxMessages.Where(m => m.Kind == MailEvent.PublicityStarted).ToListAsync();
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Contains(shown.GetProperty("publicUrl").GetString()!, m.TextBody));
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "publicity.started"));
    }

    [Fact]
    public async Task Start_Twice_IsRefused()
    {
        var again = await _host.Client(_host.Key).PostAsJsonAsync($"/api/cycles/{_host.CycleId}/publicity", new { candidates = new[] { new { applicationId = Guid.NewGuid(), employeeId = Guid.NewGuid(), name = "张三", gender = "男", department = "一车间", occupationName = "钳工", level = "特级技师" } } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("EVAL-PUB-030", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Page_ShowsTheListAndPeriod_AndNeverAnIdOrPhoneNumber()
    {
        var response = await _host.Client().GetAsync(_host.PublicUrl);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("甲机械有限公司", html);
        Assert.Contains("公示时间：2026年6月16日至2026年6月23日（5个工作日）", html);
        foreach (var candidate in _host.Candidates)
            Assert.Contains(candidate.GetProperty("name").GetString()!, html);
        Assert.Contains("width=device-width", html);
        Assert.Contains("@media print", html);
        Assert.Contains("139****5678", html);
        Assert.DoesNotMatch(@"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", html);
        Assert.DoesNotMatch(@"(?<!\d)1\d{10}(?!\d)", html);
    }

    [Fact]
    public async Task Page_WithUnknownToken_IsNotFound()
    {
        var response = await _host.Client().GetAsync("/publicity/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到该公示", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Objection_Valid_IsRecordedAndAudited_AndNoMailGoesToTheContactNothingProves()
    {
        var (status, _, response) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(1), "业绩材料与实际不符。", "李四", "lisi@example.com");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.EndsWith("?received=1", response.Headers.Location!.ToString());
        await using var db = _host.Database.NewContext();
        var notice = await db.PublicityNotices.SingleAsync();
        var objection = Assert.Single(notice.Objections);
        Assert.Equal((Entry(1), "业绩材料与实际不符。", "李四"), (objection.ApplicationId, objection.Text, objection.ObjectorName));
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "publicity.objection-received");
        Assert.DoesNotContain("lisi@example.com", audit.After);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.RecipientAddress == "lisi@example.com"));
        Assert.Equal("lisi@example.com", objection.ObjectorContact);
    }

    [Fact]
    public async Task Objection_Empty_IsRefusedWithChineseMessagesAndNothingStored()
    {
        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, null, "", "", "13812345678");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("请选择异议所针对的公示人员", html);
        Assert.Contains("请填写异议内容", html);
        Assert.Contains("本次公示要求实名反映，请填写您的姓名", html);
        Assert.DoesNotContain("13812345678", html);
        await using var db = _host.Database.NewContext();
        Assert.Empty((await db.PublicityNotices.SingleAsync()).Objections);
    }

    [Fact]
    public async Task Objection_WithoutAntiforgeryToken_IsRefused()
    {
        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), "理由", "王五", "w@example.com", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("页面已过期", html);
        await using var db = _host.Database.NewContext();
        Assert.Empty((await db.PublicityNotices.SingleAsync()).Objections);
    }

    [Fact]
    public async Task Objection_TooManyFromOneAddress_IsRateLimited_AndRefusedPostsSpendNoPermit()
    {
        var client = _host.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await PublicForm.PostAsync(client, _host.PublicUrl, null, "", "", "")).Status);
        statuses.Add((await PublicForm.PostAsync(client, _host.PublicUrl, Entry(0), "理由", "王五", "w@example.com", withToken: false)).Status);
        for (var i = 0; i < 4; i++)
            statuses.Add((await PublicForm.PostAsync(client, _host.PublicUrl, Entry(i % 3), $"异议{i}", "王五", "13812345678")).Status);

        Assert.Equal(
            [.. Enumerable.Repeat(HttpStatusCode.UnprocessableEntity, 5), HttpStatusCode.BadRequest,
             HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests],
            statuses);
        await using var db = _host.Database.NewContext();
        Assert.Equal(3, (await db.PublicityNotices.SingleAsync()).Objections.Count);
    }

    [Fact]
    public async Task Objection_ForwardedForHeader_IsNotBelieved_WithoutAKnownProxy()
    {
        var client = _host.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await PublicForm.PostAsync(client, _host.PublicUrl, Entry(0), $"异议{i}", "王五", "13812345678")).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Objection_BehindAKnownProxy_IsLimitedPerForwardedAddress()
    {
        await using var host = await PublicityHost.StartAsync(new Dictionary<string, string?>
        {
            ["PublicityPage:ObjectionsPerWindow"] = "1", ["Http:KnownProxies:0"] = "127.0.0.1",
        });
        await host.StartPublicityAsync();
        var client = host.Client();
        var entry = host.Candidates[0].GetProperty("applicationId").GetGuid();
        var statuses = new List<HttpStatusCode>();
        foreach (var address in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.2" })
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            statuses.Add((await PublicForm.PostAsync(client, host.PublicUrl, entry, "理由", "王五", "13812345678")).Status);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("Victim <victim@third-party.example>")]
    [InlineData("victim@third-party.example\r\nBcc: all@example.com")]
    [InlineData("请联系我")]
    [InlineData("12345")]
    public async Task Objection_WithAContactThatIsNeitherAMobileNorABareAddress_IsRefusedAndNothingIsQueued(string contact)
    {
        var outboxBefore = await OutboxCountAsync();

        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), "您的账户已冻结，请访问 http://phish.example", "王五", contact);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("联系方式请填写11位手机号码或电子邮箱地址", html);
        Assert.Contains("EVAL-PUB-009", html);
        await using var db = _host.Database.NewContext();
        Assert.Empty((await db.PublicityNotices.SingleAsync()).Objections);
        Assert.Equal(outboxBefore, await OutboxCountAsync());
    }

    [Fact]
    public async Task Objection_WithALineBreakInTheName_IsRefused()
    {
        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), "理由", "王五\r\nBcc: all@example.com", "13812345678");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("EVAL-PUB-010", html);
    }

    [Fact]
    public async Task Objection_MobileWithSpacesAndPrefix_IsStoredAsElevenDigits_AndShownMaskedToHr()
    {
        var (status, _, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), "理由", "王五", "+86 138-1234-5678");

        Assert.Equal(HttpStatusCode.Redirect, status);
        await using var db = _host.Database.NewContext();
        Assert.Equal("13812345678", Assert.Single((await db.PublicityNotices.SingleAsync()).Objections).ObjectorContact);
        var listed = await _host.Client(_host.Key).GetStringAsync($"/api/cycles/{_host.CycleId}/publicity/objections");
        Assert.Contains("138****5678", listed);
    }

    [Theory]
    [InlineData('异', 1_000_000)]
    [InlineData('a', 1_000_000)]
    public async Task Objection_OfMegabytes_IsRefused413InChinese_NeverA500(char letter, int length)
    {
        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), new string(letter, length), "王五", "13812345678");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("EVAL-PUB-052", html);
        Assert.Contains("异议内容不得超过2000字", html);
        await using var db = _host.Database.NewContext();
        Assert.Empty((await db.PublicityNotices.SingleAsync()).Objections);
    }

    [Fact]
    public async Task Objection_OneCharacterOverTheLimit_IsRefused422WithTheLimit()
    {
        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), new string('异', 2001), "王五", "13812345678");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("异议内容不得超过2000字", html);
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var db = _host.Database.NewContext();
        return await db.OutboxMessages.CountAsync();
    }

    [Fact]
    public async Task End_WithAnObjectionOpen_IsHeld_AndTheLastResolveConcludesWithoutTheUpheldCandidate()
    {
        await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(2), "该同志存在违纪处分。", "赵六", "zhao@example.com");
        _host.Clock.JumpTo(PublicityHost.AfterPublicity);
        var api = _host.Client(_host.Key);

        var held = await (await api.PostAsync($"/api/cycles/{_host.CycleId}/publicity/conclude", null)).Content.ReadFromJsonAsync<JsonElement>();
        var resolved = await (await api.PostAsJsonAsync($"/api/cycles/{_host.CycleId}/publicity/objections/1/resolve", new { upheld = true, reason = "经核实，处分期未满。" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Held", held.GetProperty("conclusion").GetString());
        Assert.Contains("1件异议未处理", held.GetProperty("message").GetString());
        Assert.Equal("Concluded", resolved.GetProperty("conclusion").GetString());
        var confirmed = resolved.GetProperty("publicity").GetProperty("confirmed").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Equal([Entry(0), Entry(1)], confirmed);
        await using var db = _host.Database.NewContext();
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.RecipientAddress == "hr@example.com"));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.RecipientAddress == "zhao@example.com"));
        Assert.Equal(["publicity.held", "publicity.objection-resolved", "publicity.concluded"],
            (await db.AuditRecords.Where(a => a.Action.StartsWith("publicity.") && a.Action != "publicity.started" && a.Action != "publicity.objection-received")
                .ToListAsync()).OrderBy(a => a.Id).Select(a => a.Action));
    }

    [Fact]
    public async Task Page_AfterThePeriod_SaysItHasEndedAndHasNoForm()
    {
        _host.Clock.JumpTo(PublicityHost.AfterPublicity);

        var html = await _host.Client().GetStringAsync(_host.PublicUrl);
        var (status, _, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), "迟到的异议", "钱七", "q@example.com");

        Assert.Contains("公示已结束", html);
        Assert.DoesNotContain("<form", html);
        Assert.NotEqual(HttpStatusCode.Redirect, status);
        await using var db = _host.Database.NewContext();
        Assert.Empty((await db.PublicityNotices.SingleAsync()).Objections);
    }

    [Fact]
    public async Task Objections_OfAnotherEnterprise_AreNotFound()
    {
        var other = await _host.Client(PublicityHost.AdminKey).PostAsJsonAsync("/api/admin/enterprises", new
        {
            name = "乙公司", creditCode = "91512081MA62K0260E", evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32",
            siteSequenceCode = "000124", registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-0002", registrationDate = "2026-01-05",
        });
        var body = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(other.IsSuccessStatusCode, body.ToString());
        var key = body.GetProperty("apiKey").GetString();

        var response = await _host.Client(key).GetAsync($"/api/cycles/{_host.CycleId}/publicity/objections");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
