using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Enterprise.Eval.Integration.Tests.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Certificates;

/// <summary>
/// Issue 19 point 3: each report at the step its seed names, from the product's own data, every column filled —
/// 江苏's 建议人选名单 after the review and before publicity (004 二(五)), 温州's 汇总表 at the unit's recommendation
/// (001 附件2), 山东's upload after certificates with the relaxation reason (003 三(三)、四(四)) — and the same batch
/// exported again byte for byte.
/// </summary>
public sealed class ReportsAtTheirStepSpecs
{
    // Each applicant's best year of 经济效益, so the 汇总表's 创经济效益金额 and the relaxation below have their data.
    private const string BenefitFacts = """
        工号,类别,年份,日期,级别,竞赛类别,名次,奖项等级,名称,刊物类别,金额（万元）,结果,主要完成者
        E00006,经济效益,2024,,,,,,配电柜节能改造,,12,,是
        E00006,经济效益,2025,,,,,,变电所自动化改造,,48.5,,是
        E00012,经济效益,2025,,,,,,电机维修工艺革新,,31,,是
        E00013,经济效益,2024,,,,,,数控改造节约成本,,35.5,,是
        """;

    // Nobody has held 高级技师 for 30 years, so everyone who applies does so by the relaxation route (earned by 经济效益).
    private const string RelaxationScheme = """
        id: relaxation-spec
        title: 破格申报测试特级技师评聘
        region: 山东
        year: 2026
        targetLevel: 特级技师
        eligibility:
          conditions:
            senior-5: {kind: level-held-for, level: 高级技师, years: 满5年}
            senior-30: {kind: level-held-for, label: 高级技师岗位满30年, level: 高级技师, years: 满30年}
            benefit-30: {kind: economic-benefit, label: 年创经济效益30万元以上, amountPerYear: 30万元以上}
          routes:
            - {id: standard, name: 依高级技师资格申报, kind: standard, requires: [senior-5, senior-30]}
            - {id: relax-seniority, name: 业绩突出破格, kind: relaxation, base: standard, waives: [senior-30], earnedBy: benefit-30}
        reviewStages:
          - {code: performance, name: 业绩评审, kind: scored, scaleMax: 100, weight: 1}
        committee: {minSize: 3, maxSize: 9}
        vote: {threshold: 超过50%, denominator: all-members, ballot: secret}
        """;

    private static readonly Dictionary<string, string?> WithPacks = new() { ["Plugins:Folder"] = PackFolders.Built };

    [Fact]
    public async Task JiangsuRecommendationList_ExportsAfterTheReview_BeforePublicity_WithUnitAndLevelApplied()
    {
        await using var journey = await PipelineJourney.StartAsync(WithPacks);
        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in journey.Applicants) applications.Add(await journey.SubmitAsync(number));
        await journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);

        var tooEarly = await RunAsync(journey, "jiangsu-publicity");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Contains(CertificateIssueErrors.NothingToExport, await tooEarly.Content.ReadAsStringAsync());

        await journey.ReviewEveryoneAsync(applications);
        (await journey.Client.PostAsJsonAsync($"/api/cycles/{journey.CycleId}/review/list", new { })).EnsureSuccessStatusCode();
        var exported = await RunAsync(journey, "jiangsu-publicity");

        Assert.True(exported.IsSuccessStatusCode, await exported.Content.ReadAsStringAsync());
        var lines = ExportSamples.Gb18030(await exported.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("序号,姓名,性别,工作单位,所在部门,职业（工种）,评聘等级", lines[0]);
        await using var db = journey.Database.NewContext();
        var names = await db.Employees.AsNoTracking().Where(e => journey.Applicants.Contains(e.EmployeeNumber))
            .ToDictionaryAsync(e => e.EmployeeNumber, e => e.Name);
        Assert.Equal(4, lines.Length);
        // Marked 90, 89, 88 in the order they applied: the list is in merit order.
        for (var i = 0; i < 3; i++)
            Assert.StartsWith($"{i + 1},{names[journey.Applicants[i]]},", lines[i + 1]);
        Assert.All(lines.Skip(1), line => Assert.EndsWith(",甲机械有限公司,机加工车间," + line.Split(',')[5] + ",特级技师", line));
        Assert.Equal(CycleStatus.Reviewing, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == journey.CycleId)).Status);
        var batch = await db.ExportBatches.AsNoTracking().SingleAsync(b => b.CycleId == journey.CycleId);
        Assert.Equal(ExportSubject.RecommendedCandidates, batch.Subject);
        // The review list says what is applied for and where the person works (it said SeniorTechnician and nothing).
        Assert.All(await db.ReviewCandidates.AsNoTracking().ToListAsync(), c =>
        {
            Assert.Equal("特级技师", c.Level);
            Assert.Equal("甲机械有限公司", c.Unit);
        });

        // The list sent early does not hold back the cycle, which goes on to publicity as before.
        await journey.StepToAsync(new DateOnly(2026, 6, 16), CycleStatus.Publicity);
    }

    [Fact]
    public async Task WenzhouSummary_AtRecommendation_HasNoBlankColumn_AndIsByteIdenticalWhenExportedAgain()
    {
        await using var journey = await PipelineJourney.StartAsync(WithPacks);
        (await journey.Client.PostAsync("/api/facts", new StringContent(BenefitFacts))).EnsureSuccessStatusCode();
        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        foreach (var number in journey.Applicants) await journey.SubmitAsync(number);
        var fields = new Dictionary<string, string>
        {
            ["enterprise-assets-10k-yuan"] = "52000", ["enterprise-annual-sales-10k-yuan"] = "86000", ["enterprise-headcount"] = "1850",
        };

        var beforeTheClose = await RunAsync(journey, "wenzhou-summary", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, beforeTheClose.StatusCode);
        await journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);
        var notTyped = await RunAsync(journey, "wenzhou-summary", new Dictionary<string, string> { ["enterprise-headcount"] = "1850" });
        Assert.Contains(CertificateIssueErrors.FieldNotEntered, await notTyped.Content.ReadAsStringAsync());
        var typo = await RunAsync(journey, "wenzhou-summary", new Dictionary<string, string>(fields) { ["enterprise-headcont"] = "1" });
        Assert.Contains(CertificateIssueErrors.FieldNotInFormat, await typo.Content.ReadAsStringAsync());

        var first = await RunAsync(journey, "wenzhou-summary", fields);
        var again = await RunAsync(journey, "wenzhou-summary", fields);

        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.GetValues("X-Export-Batch").Single(), again.Headers.GetValues("X-Export-Batch").Single());
        var lines = ExportSamples.Gb18030(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.DoesNotContain("", line.Split(',')));
        // E00006: its best year, 工龄 from 2006-05-01 to the close on 2026-06-12, the roster's occupation and mobile.
        Assert.Equal("1,郭立新,", lines[1][..6]);
        Assert.EndsWith(",特级技师,甲机械有限公司,电工（维修电工）,20,48.5,52000,86000,1850,13592017981", lines[1]);
        await using var db = journey.Database.NewContext();
        Assert.Equal(ExportSubject.Applicants, (await db.ExportBatches.AsNoTracking().SingleAsync()).Subject);
    }

    [Fact]
    public async Task ShandongUpload_AfterCertificates_CarriesTheClosingScreeningsRelaxationReason()
    {
        await using var journey = await PipelineJourney.StartAsync(WithPacks, scheme: RelaxationScheme);
        (await journey.Client.PostAsync("/api/facts", new StringContent(BenefitFacts))).EnsureSuccessStatusCode();
        await journey.RunWholeCycleAsync();

        var exported = await RunAsync(journey, "shandong-upload");

        Assert.True(exported.IsSuccessStatusCode, await exported.Content.ReadAsStringAsync());
        await using var db = journey.Database.NewContext();
        var certified = await db.Applications.AsNoTracking()
            .Where(a => a.CycleId == journey.CycleId && a.Status == ApplicationStatus.Certified).ToListAsync();
        Assert.Equal(2, certified.Count);
        Assert.All(certified, a => Assert.Equal(VerdictKind.EligibleByRelaxation, a.ClosingVerdict));
        var lines = ExportSamples.Gb18030(await exported.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        // Every column against the certificate and the roster record that produced it, in number order.
        var certificates = (await db.Certificates.AsNoTracking().Where(c => c.CycleId == journey.CycleId).ToListAsync())
            .OrderBy(c => c.Number.Value, StringComparer.Ordinal).ToList();
        for (var i = 0; i < certificates.Count; i++)
        {
            var c = certificates[i];
            var e = await db.Employees.AsNoTracking().SingleAsync(x => x.Id == c.HolderEmployeeId);
            Assert.Equal(string.Join(',', c.Number.Value, e.Name, "居民身份证", e.IdNumber, "女", e.BirthDate.ToString("yyyy-MM-dd"), e.Education,
                "甲机械有限公司", "机加工车间", c.OccupationCode, c.OccupationName, c.WorkType, "特级技师", "T", c.IssueDate.ToString("yyyy-MM-dd"),
                "甲机械有限公司", c.Number.Value[..13], "经业绩突出破格符合条件（放宽：高级技师岗位满30年）"), lines[i + 1]);
        }
    }

    [Fact]
    public async Task FujianSummary_GroupsTheApplicantsBy工种_EveryColumnFromTheCycle()
    {
        await using var journey = await PipelineJourney.StartAsync(WithPacks);
        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        foreach (var number in journey.Applicants) await journey.SubmitAsync(number);   // E00006 电工, E00012 电工, E00013 铣工
        await journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);

        var exported = await RunAsync(journey, "fujian-by-work-type");

        Assert.True(exported.IsSuccessStatusCode, await exported.Content.ReadAsStringAsync());
        var lines = ExportSamples.Gb18030(await exported.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("序号,申报工种,姓名,性别,身份证号,出生年月,文化程度,工作单位,所在部门,现职业（工种）,工龄（年）,申报等级,破格申报说明", lines[0]);
        // 铣工 (6-18-01-02) before 电工 (6-31-01-03); within 电工 by 工号. Roster data, the form's department, 工龄 to the close.
        Assert.Equal("1,铣工,黄静,女,330302198811011320,1988-11,中专,甲机械有限公司,机加工车间,铣工,19,特级技师,", lines[1]);
        Assert.StartsWith("2,电工（维修电工）,郭立新,", lines[2]);
        Assert.StartsWith("3,电工（维修电工）,张磊,", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    private static Task<HttpResponseMessage> RunAsync(PipelineJourney journey, string adapter, IReadOnlyDictionary<string, string>? fields = null) =>
        journey.Client.PostAsJsonAsync("/api/exports/run", new { cycleId = journey.CycleId, adapter, fields });
}
