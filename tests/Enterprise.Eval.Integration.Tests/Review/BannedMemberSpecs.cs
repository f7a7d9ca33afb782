using System.Net;
using System.Net.Http.Json;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Integration.Tests.Pipeline;

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
}
