using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Pipeline;

/// <summary>
/// Issue 19 point 2 on the real service: a 福建 cycle (the journey's scheme with the shipped 福建 template's timetable
/// and certificate sections: the 省人社厅 issues 《机关事业单位高级技师证书》, 000 四(三)) ends with the numbers the
/// authority gave recorded, after its 报送 and 省人社厅研究确认 steps, and no enterprise (Y…) number minted.
/// </summary>
public sealed class AuthorityCertificateSpecs : IAsyncLifetime
{
    private PipelineJourney _journey = null!;

    internal static string FujianScheme() =>
        PipelineJourney.Scheme
            .Replace("region: 江苏", "region: 福建", StringComparison.Ordinal)
            .Replace("targetLevel: 特级技师", "targetLevel: 高级技师", StringComparison.Ordinal)
        + "\n" + SeedPublicityPipelineSpecs.TemplateSection("Fujian", "fujian-senior-technician.yaml", "timetable")
        + SeedPublicityPipelineSpecs.TemplateSection("Fujian", "fujian-senior-technician.yaml", "certificate");

    public async Task InitializeAsync() => _journey = await PipelineJourney.StartAsync(
        new Dictionary<string, string?> { ["Plugins:Folder"] = Plugins.PackFolders.Built }, scheme: FujianScheme());

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    private HttpClient Client => _journey.Client;

    private string CyclePath => $"/api/cycles/{_journey.CycleId}";

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    private Task<HttpResponseMessage> DecideAsync(Guid application, bool confirmed, string? number = null, string? reason = null) =>
        Client.PostAsJsonAsync($"{CyclePath}/authority-decisions",
            new { applicationId = application, confirmed, certificateNumber = number, decidedOn = "2026-07-20", reason });

    [Fact]
    public async Task FujianCycle_EndsWithTheAuthoritysNumbersRecorded_AndNoEnterpriseNumberIssued()
    {
        await _journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in _journey.Applicants) applications.Add(await _journey.SubmitAsync(number));
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);
        await _journey.ReviewEveryoneAsync(applications);
        (await Client.PostAsJsonAsync($"{CyclePath}/review/list", new { })).EnsureSuccessStatusCode();
        await _journey.StepToAsync(new DateOnly(2026, 6, 16), CycleStatus.Publicity);   // the unit's publicity (000 三(二))
        await _journey.StepToAsync(new DateOnly(2026, 7, 1), CycleStatus.Concluded);

        // No enterprise certificate: certify refuses before the list is sent, and the next step is 报送.
        var early = await Client.PostAsync($"{CyclePath}/certify", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("EVAL-CYCLE-061", await CodeOf(early));
        (await Client.PostAsync($"{CyclePath}/advance", null)).EnsureSuccessStatusCode();   // 报送
        await using (var db = _journey.Database.NewContext())
            Assert.Equal(CycleStatus.Submitted, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == _journey.CycleId)).Status);

        // 省人社厅研究确认: the step waits for every answer.
        var held = await Client.PostAsync($"{CyclePath}/certify", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, held.StatusCode);
        Assert.Contains("省人社厅研究确认", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooLong = await DecideAsync(applications[0], confirmed: true, number: new string('9', 41));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(AuthorityDecisions.BadNumberCode, await CodeOf(tooLong));
        (await DecideAsync(applications[0], confirmed: true, number: "闽人社高技〔2026〕0001")).EnsureSuccessStatusCode();
        (await DecideAsync(applications[1], confirmed: true, number: "闽人社高技〔2026〕0002")).EnsureSuccessStatusCode();
        (await DecideAsync(applications[1], confirmed: true, number: "闽人社高技〔2026〕0002")).EnsureSuccessStatusCode();   // the same answer again: no change
        var duplicate = await DecideAsync(applications[2], confirmed: true, number: "闽人社高技〔2026〕0002");
        Assert.Equal(AuthorityDecisions.DuplicateNumberCode, await CodeOf(duplicate));
        (await DecideAsync(applications[2], confirmed: false, reason: "综合评审未通过")).EnsureSuccessStatusCode();

        var certified = await Client.PostAsync($"{CyclePath}/certify", null);
        Assert.True(certified.IsSuccessStatusCode, await certified.Content.ReadAsStringAsync());

        await using var check = _journey.Database.NewContext();
        var cycle = await check.Cycles.AsNoTracking().SingleAsync(c => c.Id == _journey.CycleId);
        Assert.Equal(CycleStatus.Certified, cycle.Status);
        Assert.Contains(cycle.History, e => e.What == CycleEventKind.Submitted && e.Note == "报送主管部门或设区市人社局工考部门（汇总报福建省机关事业单位工勤人员考核中心）");
        Assert.Empty(await check.Certificates.AsNoTracking().Where(c => c.CycleId == _journey.CycleId).ToListAsync());   // no Y-code
        var recorded = await check.Applications.AsNoTracking().Where(a => a.CycleId == _journey.CycleId)
            .ToDictionaryAsync(a => a.Id, a => (a.Status, a.AuthorityCertificateNumber, a.AuthorityDecidedOn));
        Assert.Equal((ApplicationStatus.Certified, "闽人社高技〔2026〕0001", new DateOnly(2026, 7, 20)), recorded[applications[0]]);
        Assert.Equal((ApplicationStatus.Certified, "闽人社高技〔2026〕0002", new DateOnly(2026, 7, 20)), recorded[applications[1]]);
        Assert.Equal(ApplicationStatus.AuthorityDeclined, recorded[applications[2]].Status);

        var audit = await check.AuditRecords.AsNoTracking().Select(r => r.Action).ToListAsync();
        Assert.Equal(2, audit.Count(a => a == "application.certified-by-authority"));
        Assert.Equal(1, audit.Count(a => a == "application.not-confirmed-by-authority"));
        Assert.DoesNotContain("certificate.issued", audit);
        var mails = await check.OutboxMessages.AsNoTracking().Where(m => m.Kind == MailEvent.CertificateIssued).ToListAsync();
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.TextBody.Contains("闽人社高技〔2026〕0001", StringComparison.Ordinal)
            && m.TextBody.Contains("福建省人力资源和社会保障厅", StringComparison.Ordinal)
            && m.TextBody.Contains("机关事业单位高级技师证书", StringComparison.Ordinal));

        // The results file carries the authority's numbers, its name as issuer and no enterprise level code; once the
        // province accepts it, 上报 follows.
        var exported = await Client.PostAsJsonAsync("/api/exports/run", new { cycleId = _journey.CycleId, adapter = "national" });
        Assert.True(exported.IsSuccessStatusCode, await exported.Content.ReadAsStringAsync());
        var lines = Plugins.ExportSamples.Gb18030(await exported.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("闽人社高技〔2026〕0001,", lines[1]);
        Assert.StartsWith("闽人社高技〔2026〕0002,", lines[2]);
        // …, 等级 高级技师, 等级代码 (none), 发证日期 the decision's day, 评价机构名称 the authority, 评价机构代码 (none).
        Assert.All(lines.Skip(1), line => Assert.EndsWith(",高级技师,,2026-07-20,福建省人力资源和社会保障厅,", line));
        var batch = Guid.Parse(exported.Headers.GetValues("X-Export-Batch").Single());
        (await Client.PostAsJsonAsync($"/api/exports/batches/{batch}/answer", new { accepted = true })).EnsureSuccessStatusCode();
        var reported = await Client.PostAsync($"{CyclePath}/advance", null);
        Assert.True(reported.IsSuccessStatusCode, await reported.Content.ReadAsStringAsync());
        await using var after = _journey.Database.NewContext();
        Assert.Equal(CycleStatus.Reported, (await after.Cycles.AsNoTracking().SingleAsync(c => c.Id == _journey.CycleId)).Status);
    }
}
