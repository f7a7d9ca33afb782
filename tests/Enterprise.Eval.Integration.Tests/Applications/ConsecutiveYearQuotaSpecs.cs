using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Applications;

/// <summary>
/// 南通 二(六): a unit holding four 技师 or fewer in an occupation has one place, "不能每年连续申报". Three 磨工 技师 are
/// added to the sample roster; 2025's cycle and 2026's cycle run one after the other on one database.
/// </summary>
public sealed class ConsecutiveYearQuotaSpecs() : OneEnterpriseSpecs(new DateOnly(2025, 6, 1))
{
    private const string GrindersHeader = "工号,姓名,身份证号,性别,出生日期,部门,职业编码,职业名称,工种,技能等级,取得等级日期,现岗位起始日期,参加工作日期,学历,职称,职称级别,电子邮箱,手机号,直接上级工号";
    private static readonly string[] Grinders =
    [
        "G00001,钱磨一,320602198003121235,男,1980-03-12,机加车间,6-18-01-04,磨工,外圆磨工,技师,2015-06-30,2012-03-01,2000-07-01,大专,,无,g1@example.com,,",
        "G00002,孙磨二,320602198204052344,女,1982-04-05,机加车间,6-18-01-04,磨工,外圆磨工,技师,2016-06-30,2013-03-01,2001-07-01,大专,,无,g2@example.com,,",
        "G00003,李磨三,32060219850918345X,男,1985-09-18,机加车间,6-18-01-04,磨工,平面磨工,技师,2017-06-30,2014-03-01,2004-07-01,大专,,无,g3@example.com,,",
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.ImportSampleRosterAsync(Key);
        var grinders = string.Join('\n', [GrindersHeader, .. Grinders]);
        (await Client.PostAsync("/api/roster", new ByteArrayContent(Encoding.UTF8.GetBytes(grinders)))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task AUnitOfFourOrFewer_HasNoPlaceThisYear_WhenItPutSomeoneForwardInTheOccupationLastYear()
    {
        var lastYear = await OpenCycleAsync(2025);
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(lastYear, "G00001")).StatusCode);

        var thisYear = await OpenCycleAsync(2026);
        var refused = await SubmitAsync(thisYear, "G00002");
        var lathe = await SubmitAsync(thisYear, "E00020");   // 车工: nine 技师, one place every year

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EVAL-APPL-008", problem.GetProperty("code").GetString());
        Assert.Contains("不能连续申报", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, lathe.StatusCode);
    }

    [Fact]
    public async Task AUnitOfFourOrFewer_KeepsItsPlace_WhenLastYearsApplicantWithdrew()
    {
        var lastYear = await OpenCycleAsync(2025);
        var submitted = await SubmitAsync(lastYear, "G00001");
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
        (await Client.PostAsJsonAsync($"/api/cycles/{lastYear}/applications/{id}/withdraw", new { reason = "个人原因" })).EnsureSuccessStatusCode();

        var thisYear = await OpenCycleAsync(2026);

        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(thisYear, "G00002")).StatusCode);
    }

    [Fact]
    public async Task AnApplicantWhoFailedTheReviewLastYear_UsesNoPlace_SoTheOccupationsOnePlaceIsStillFree()
    {
        // 002 二(六) 往年未通过全省高级技师综合评审者不占指标: 车工 has nine 技师, so one place a year.
        var lastYear = await OpenCycleAsync(2025);
        var failed = await SubmitAsync(lastYear, "E00020");
        Assert.Equal(HttpStatusCode.Created, failed.StatusCode);
        await FailTheReviewAsync((await failed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid());

        var thisYear = await OpenCycleAsync(2026);
        var again = await SubmitAsync(thisYear, "E00020");
        var colleague = await SubmitAsync(thisYear, "E00056");
        var third = await SubmitAsync(thisYear, "E00057");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(colleague.StatusCode == HttpStatusCode.Created, await colleague.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, third.StatusCode);   // the one place is now E00056's
        Assert.Equal("EVAL-APPL-008", (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnApplicantTheProvinceDidNotConfirmLastYear_UsesNoPlace()
    {
        // 002 二(六)、二(八)(九): the 全省综合评审 is the province's; its "no" is recorded as the authority's decision (issue 19).
        var lastYear = await OpenCycleAsync(2025);
        var failed = await SubmitAsync(lastYear, "E00020");
        Assert.Equal(HttpStatusCode.Created, failed.StatusCode);
        await FailTheReviewAsync((await failed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid(),
            declinedByTheProvince: true);

        var thisYear = await OpenCycleAsync(2026);
        var again = await SubmitAsync(thisYear, "E00020");
        var colleague = await SubmitAsync(thisYear, "E00056");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(colleague.StatusCode == HttpStatusCode.Created, await colleague.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Last year's application reached the review and was not recommended: screened at the close and moved to review
    /// through the aggregate's own transitions, then left 评审中 as the publicity step leaves those not recommended.
    /// </summary>
    private async Task FailTheReviewAsync(Guid applicationId, bool declinedByTheProvince = false)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
        application.ScreenAtClose(new Verdict
        {
            Kind = VerdictKind.EligibleStandard, ReferenceDate = new DateOnly(2025, 6, 12), Routes = [], Summary = "符合申报条件",
        }, Domain.Applications.GateFinding.None, Clock.GetUtcNow());
        application.MoveToReview();
        if (declinedByTheProvince)
        {
            application.Recommend();
            application.EnterPublicity();
            application.Confirm();
            application.RecordAuthorityDecision(false, null, new DateOnly(2025, 9, 1), "全省综合评审未通过", Clock.GetUtcNow());
        }
        await db.SaveChangesAsync("test");
    }

    /// <summary>Publishes the 南通 template for the year, creates that year's cycle and moves the clock into its window.</summary>
    private async Task<Guid> OpenCycleAsync(int year)
    {
        var schemeId = await Host.PublishedSchemeAsync(Key, CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", year));
        var cycleId = await Host.CreateCycleAsync(Key, schemeId, new
        {
            schemeId, year, windowOpensAt = $"{year}-06-10 09:00", windowClosesAt = $"{year}-06-12 16:00",
            reviewEndsAt = $"{year}-06-16 17:00", publicityStartsAt = $"{year}-06-17 00:00",
        });
        Clock.JumpTo(ChinaTime.At(new DateOnly(year, 6, 11), new TimeOnly(10, 0)));
        return cycleId;
    }

    private Task<HttpResponseMessage> SubmitAsync(Guid cycleId, string employeeNumber) =>
        Client.PostAsJsonAsync($"/api/cycles/{cycleId}/applications", new
        {
            employeeNumber, education = "大专", department = "机加车间", expertise = "精密磨削", pledged = true,
        });
}
