using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Review;

/// <summary>
/// 江苏 004 四(三) 弄虚作假…五年内不得申请或参与: a ban bars a committee seat as it bars applying (issue 19 point 5), on the
/// real service: an applicant disqualified for fraud under a scheme with misconductBanYears cannot sit on the committee.
/// </summary>
public sealed class BannedMemberSpecs
{
    [Fact]
    public async Task AnEmployeeBannedForFraud_CannotSitOnTheCommittee_AndTheOthersCan()
    {
        var scheme = PipelineJourney.Scheme.Replace("targetLevel: 特级技师", "targetLevel: 特级技师\nmisconductBanYears: 5", StringComparison.Ordinal);
        await using var journey = await PipelineJourney.StartAsync(scheme: scheme);
        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in journey.Applicants) applications.Add(await journey.SubmitAsync(number));
        var disqualified = await journey.Client.PostAsJsonAsync($"/api/cycles/{journey.CycleId}/applications/{applications[2]}/disqualify",
            new { reason = "提供虚假获奖证书" });
        Assert.True(disqualified.IsSuccessStatusCode, await disqualified.Content.ReadAsStringAsync());
        await journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);
        var review = new ReviewApi(journey.Client, journey.CycleId);
        var members = ReviewApi.Members([Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], experts: 3);
        var withTheBanned = members.Take(2).Append(new
        {
            memberId = Guid.NewGuid(), name = "被禁委员", role = "member", isExpert = true, title = "高级技师", unit = "", department = "机加工车间",
            employeeNumber = journey.Applicants[2],
        }).ToList();

        var refused = await review.CommitteeAsync(withTheBanned);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("EVAL-REVIEW-014", await refused.Content.ReadAsStringAsync());
        await ReviewApi.Ensure(await review.CommitteeAsync(members));
    }

    [Fact]
    public async Task TheAuthoritysList_IsImportedWholeOrNotAtAll_ABanBarsApplying_ACreditRecordDoesNot()
    {
        await using var journey = await PipelineJourney.StartAsync();
        var (banned, recorded) = (journey.Applicants[0], journey.Applicants[1]);
        var list = $"""
            工号,类型,开始日期,结束日期,原因,认定机关
            {banned},禁止申报,2026-01-05,2030-12-31,申报材料弄虚作假,江苏省职业技能鉴定中心
            {recorded},诚信记录,2025-03-01,2028-02-28,申报材料弄虚作假,南通市人力资源和社会保障局
            """;

        var refused = await journey.Client.PostAsync("/api/bans", new StringContent(list + "\nE99999,禁止,2026-01-05,2025-12-31,,\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        foreach (var code in new[] { MisconductRecordImport.UnknownEmployeeCode, MisconductRecordImport.UnknownKindCode, MisconductRecordImport.BadDateCode, MisconductRecordImport.NoReasonCode })
            Assert.Contains(code, body);
        await using (var db = journey.Database.NewContext()) Assert.Equal(0, await db.Bans.CountAsync());

        var imported = await journey.Client.PostAsync("/api/bans", new StringContent(list));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        var again = await (await journey.Client.PostAsync("/api/bans", new StringContent(list))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 2), (again.GetProperty("added").GetInt32(), again.GetProperty("alreadyRecorded").GetInt32()));

        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var refusedApplication = await journey.Client.PostAsJsonAsync($"/api/cycles/{journey.CycleId}/applications",
            new { employeeNumber = banned, education = "大专", department = "机加工车间", pledged = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedApplication.StatusCode);
        Assert.Contains("2030年12月31日不得申报", await refusedApplication.Content.ReadAsStringAsync());
        var recordedApplication = await journey.SubmitAsync(recorded);

        await using var check = journey.Database.NewContext();
        Assert.Equal(VerdictKind.EligibleStandard, (await check.Applications.AsNoTracking().SingleAsync(a => a.Id == recordedApplication)).SubmissionVerdict);
        Assert.Equal(2, await check.AuditRecords.CountAsync(a => a.Action == "ban.recorded" || a.Action == "credit-record.recorded"));
    }
}
