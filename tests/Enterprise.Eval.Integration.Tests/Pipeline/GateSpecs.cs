using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Pipeline;

/// <summary>
/// Issue 18 point 1, gates that hold: the closing screening holds whoever has an attestation HR has not confirmed or
/// a required material not handed in; the review waits until HR settles them; a later "no" takes a screened applicant
/// out with the reason, an audit record and the disqualification mail.
/// </summary>
public sealed class GateSpecs : IAsyncLifetime
{
    private const string Scheme = """
        id: gate-spec
        title: 关口测试特级技师评聘
        region: 江苏
        year: 2026
        targetLevel: 特级技师
        eligibility:
          conditions:
            senior-5: {kind: level-held-for, level: 高级技师, years: 满5年}
            ethics: {kind: attested, name: 具备良好的职业道德}
          routes:
            - {id: by-skill-level, name: 依高级技师资格申报, kind: standard, requires: [senior-5, ethics]}
        reviewStages:
          - {code: committee-review, name: 评审委员会评审, kind: pass-fail}
        materials:
          items:
            - {code: summary, name: 工作业绩总结, required: true}
            - {code: honours, name: 获奖证书, required: false}
        """;

    private PipelineJourney _journey = null!;

    public async Task InitializeAsync() => _journey = await PipelineJourney.StartAsync(scheme: Scheme);

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    [Fact]
    public async Task ClosingScreening_HoldsAnUnconfirmedAttestationAndAMissingRequiredMaterial_AndTheReviewWaitsUntilHrSettlesThem()
    {
        var (complete, unattested, withoutMaterial) = await ApplyAsync();

        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Closed);   // review held: two are held
        Assert.Equal(ApplicationStatus.Screened, await StatusAsync(complete));
        Assert.Equal(ApplicationStatus.Held, await StatusAsync(unattested));
        Assert.Equal(ApplicationStatus.Held, await StatusAsync(withoutMaterial));

        var held = await _journey.Client.GetFromJsonAsync<JsonElement>($"/api/cycles/{_journey.CycleId}/applications/held");
        var items = held.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("applicationId").GetGuid(),
            i => string.Join("；", i.GetProperty("reasons").EnumerateArray().Select(r => r.GetString())));
        Assert.Equal(2, items.Count);
        Assert.Contains("待人事部门确认：具备良好的职业道德（ethics）", items[unattested]);
        Assert.Contains("缺少必备材料：工作业绩总结（material:summary）", items[withoutMaterial]);
        Assert.DoesNotContain("获奖证书", items[withoutMaterial]);   // not required

        await AttestAsync(unattested, "ethics", true, "党委意见：遵纪守法");
        await AttestAsync(withoutMaterial, "material:summary", true, "现场资格审核已收取纸质材料");
        Assert.Equal(ApplicationStatus.Screened, await StatusAsync(unattested));
        Assert.Equal(ApplicationStatus.Screened, await StatusAsync(withoutMaterial));

        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);
        Assert.All(await _journey.StatusesAsync(), s => Assert.Equal(ApplicationStatus.UnderReview, s));
        await using var db = _journey.Database.NewContext();
        var audit = await db.AuditRecords.AsNoTracking().Select(a => a.Action).ToListAsync();
        Assert.Equal(2, audit.Count(a => a == "application.held"));
        Assert.Equal(2, audit.Count(a => a == "application.hold-released"));
    }

    [Fact]
    public async Task HeldApplicant_IsOut_WhenHrRefusesTheAttestedItemOrTheMaterial()
    {
        var (_, unattested, withoutMaterial) = await ApplyAsync();
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Closed);

        await AttestAsync(unattested, "ethics", false, "受到党纪处分");
        await AttestAsync(withoutMaterial, "material:summary", false, "逾期未提交");

        Assert.Equal(ApplicationStatus.Ineligible, await StatusAsync(unattested));
        Assert.Equal(ApplicationStatus.Ineligible, await StatusAsync(withoutMaterial));
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);   // nobody is held any more
    }

    [Fact]
    public async Task LateNo_TakesAnApplicantUnderReviewOut_WithTheReasonAnAuditRecordAndTheDisqualificationMail()
    {
        var (complete, unattested, withoutMaterial) = await ApplyAsync();
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Closed);
        await AttestAsync(unattested, "ethics", true, "党委意见：遵纪守法");
        await AttestAsync(withoutMaterial, "material:summary", true, "现场资格审核已收取纸质材料");
        await _journey.StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);

        await AttestAsync(complete, "ethics", false, "经查存在违纪行为");

        await using var db = _journey.Database.NewContext();
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == complete);
        Assert.Equal(ApplicationStatus.Disqualified, application.Status);
        Assert.Contains("经查存在违纪行为", application.StatusReason);
        Assert.Single(await db.AuditRecords.AsNoTracking().Where(a => a.Action == "application.ruled-out" && a.EntityId == complete.ToString()).ToListAsync());
        var mail = Assert.Single(await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MailEvent.Disqualified).ToListAsync());
        Assert.Contains("经查存在违纪行为", mail.TextBody);
        Assert.Empty(await db.Bans.AsNoTracking().ToListAsync());   // not fraud: no ban
    }

    private async Task<(Guid Complete, Guid Unattested, Guid WithoutMaterial)> ApplyAsync()
    {
        await _journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var ids = new List<Guid>();
        foreach (var number in _journey.Applicants) ids.Add(await _journey.SubmitAsync(number));
        await AttestAsync(ids[0], "ethics", true, "党委意见：遵纪守法");
        await AttestAsync(ids[2], "ethics", true, "党委意见：遵纪守法");
        await UploadAsync(ids[0]);
        await UploadAsync(ids[1]);
        return (ids[0], ids[1], ids[2]);
    }

    private async Task UploadAsync(Guid applicationId)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n工作业绩总结\n%%EOF"));
        var uploaded = await _journey.Client.PostAsync($"/api/cycles/{_journey.CycleId}/applications/{applicationId}/materials/summary?fileName=summary.pdf", content);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
    }

    private async Task AttestAsync(Guid applicationId, string item, bool confirmed, string reason)
    {
        var answer = await _journey.Client.PostAsJsonAsync($"/api/cycles/{_journey.CycleId}/applications/{applicationId}/attestations",
            new { item, confirmed, reason });
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
    }

    private async Task<ApplicationStatus> StatusAsync(Guid applicationId)
    {
        await using var db = _journey.Database.NewContext();
        return (await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId)).Status;
    }
}
