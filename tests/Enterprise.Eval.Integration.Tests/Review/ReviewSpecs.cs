using System.Net;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Review;

/// <summary>The committee review through the API on a real SQLite file: composition, votes, recusals, quotas, restart.</summary>
public sealed class ReviewSpecs : OneEnterpriseSpecs
{
    private static List<Guid> Ids(int n) => Enumerable.Range(0, n).Select(_ => Guid.NewGuid()).ToList();

    [Fact]
    public async Task Committee_NineWithFiveExperts_IsRefusedWhereTwoThirdsMustBeExperts_NineWithSixIsConvened()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.Wenzhou());
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(Guid.NewGuid(), "张三", "机加车间")));
        var members = Ids(9);

        var refused = await review.CommitteeAsync(ReviewApi.Members(members, experts: 5));
        var afterRefusal = await review.OverviewAsync();
        var accepted = await review.CommitteeAsync(ReviewApi.Members(members, experts: 6));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("EVAL-REVIEW-003", await ReviewApi.CodeOf(refused));
        Assert.False(afterRefusal.GetProperty("convened").GetBoolean());
        Assert.Empty(afterRefusal.GetProperty("members").EnumerateArray());
        await ReviewApi.Ensure(accepted);
        var overview = await review.OverviewAsync();
        Assert.True(overview.GetProperty("convened").GetBoolean());
        Assert.Equal(9, overview.GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData(false, "Passed")]
    [InlineData(true, "Failed")]
    public async Task Vote_FiveForThreeAgainstTwoAbstainOfTen_PassesAtFiftyPercentOrMore_FailsAtMoreThanFifty(bool moreThanHalf, string conclusion)
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, moreThanHalf ? ReviewSchemes.MoreThanHalf() : ReviewSchemes.Wenzhou());
        var candidate = Guid.NewGuid();
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(candidate, "张三", "机加车间")));
        var members = Ids(10);
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 7)));

        await ReviewApi.Ensure(await review.OpenBallotAsync(candidate));
        for (var i = 0; i < 10; i++)
            await ReviewApi.Ensure(await review.VoteAsync(candidate, members[i], i < 5 ? "for" : i < 8 ? "against" : "abstain"));
        var result = await review.CloseBallotAsync(candidate);

        Assert.Equal(10, result.GetProperty("members").GetInt32());
        Assert.Equal(5, result.GetProperty("for").GetInt32());
        Assert.Equal(50.00m, result.GetProperty("forPercent").GetDecimal());
        Assert.Equal(conclusion, result.GetProperty("conclusion").GetString());
    }

    [Fact]
    public async Task Recusal_MemberInTheApplicantsDepartment_IsRecusedAutomatically_AndTheVoteCountsNine()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.Wenzhou());
        var (colleague, other) = (Guid.NewGuid(), Guid.NewGuid());
        await ReviewApi.Ensure(await review.OpenAsync(
            ReviewApi.Candidate(colleague, "张三", "机加车间"), ReviewApi.Candidate(other, "李四", "装配车间", order: 1)));
        var members = Ids(10);
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, 7, i => i == 9 ? "机加车间" : "评审办")));

        await ReviewApi.Ensure(await review.OpenBallotAsync(colleague));
        await ReviewApi.Ensure(await review.OpenBallotAsync(other));
        var refused = await review.VoteAsync(colleague, members[9], "for");
        var overview = await review.OverviewAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("EVAL-REVIEW-011", await ReviewApi.CodeOf(refused));
        var recusal = Assert.Single(overview.GetProperty("recusals").EnumerateArray());
        Assert.Equal(members[9], recusal.GetProperty("memberId").GetGuid());
        Assert.Equal(colleague, recusal.GetProperty("candidateId").GetGuid());
        Assert.Equal(9, (await review.CloseBallotAsync(colleague)).GetProperty("members").GetInt32());
        Assert.Equal(10, (await review.CloseBallotAsync(other)).GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task List_SevenOccupationsTwentyPlacesHardFifteenPercentCap_NoOccupationAboveThree()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.HardOccupationCap());
        var occupations = new[] { "车工", "钳工", "焊工", "电工", "铣工", "磨工", "数控车工" };
        // The ten best are all 车工, so without the cap that occupation alone would take ten places.
        var candidates = Enumerable.Range(0, 35)
            .Select(i => (Id: Guid.NewGuid(), Occupation: occupations[i < 10 ? 0 : i % 7], Score: 95m - i)).ToList();
        await ReviewApi.Ensure(await review.OpenAsync([.. candidates.Select((c, i) => ReviewApi.Candidate(c.Id, $"申报人{i:00}", "生产部", c.Occupation, i))]));
        var members = Ids(7);
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 5)));
        foreach (var c in candidates) await ReviewApi.Ensure(await review.MarkAsync("overall", members[1], c.Id, score: c.Score));

        var list = await review.ComputeListAsync(20);

        var recommended = list.GetProperty("recommended").EnumerateArray().ToList();
        Assert.Equal(20, recommended.Count);
        Assert.All(recommended.GroupBy(r => r.GetProperty("occupation").GetString()), g => Assert.True(g.Count() <= 3, $"{g.Key}: {g.Count()}"));
        Assert.Equal(3, recommended.Count(r => r.GetProperty("occupation").GetString() == "车工"));
        Assert.Contains(list.GetProperty("waiting").EnumerateArray(), w => w.GetProperty("occupation").GetString() == "车工");
        var csv = await review.CsvAsync("list.csv");
        Assert.True(csv.Contains("拟推荐名单", StringComparison.Ordinal), csv);
        Assert.Contains("候补名单", csv);
    }

    [Fact]
    public async Task Attendance_MembersPresentWhoDoNotVote_CountInAPresentMajority_AndSurviveARestart()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.PresentMajority());
        var candidate = Guid.NewGuid();
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(candidate, "张三", "机加车间")));
        var members = Ids(9);
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 6)));

        await ReviewApi.Ensure(await review.AttendanceAsync(members.Take(8)));   // one member absent
        await ReviewApi.Ensure(await review.OpenBallotAsync(candidate));
        for (var i = 0; i < 5; i++) await ReviewApi.Ensure(await review.VoteAsync(candidate, members[i], i < 4 ? "for" : "against"));
        await Host.StopAsync();
        Host = await CycleHost.StartAsync(Database, Clock);
        var resumed = new ReviewApi(Host.Client(Key), review.CycleId);
        var result = await resumed.CloseBallotAsync(candidate);

        // Eight present: four for is not 超过50%. Counting only the five who voted, it would pass (and lack the 2/3 quorum).
        Assert.Equal(8, result.GetProperty("present").GetInt32());
        Assert.Equal("Failed", result.GetProperty("conclusion").GetString());
        var minutes = await resumed.CsvAsync("minutes.csv");
        var rows = minutes.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("委员", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, rows.Count(l => l.EndsWith(",出席", StringComparison.Ordinal)));
        Assert.Equal(1, rows.Count(l => l.EndsWith(",缺席", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Attendance_OfSomeoneNotOnTheCommittee_IsRefused()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.PresentMajority());
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(Guid.NewGuid(), "张三", "机加车间")));
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(Ids(9), experts: 6)));

        var refused = await review.AttendanceAsync([Guid.NewGuid()]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Fact]
    public async Task Restart_NewServiceOnTheSameDatabase_TheSessionContinues_AndTheSecretBallotKeepsOnlyTallies()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.Wenzhou());
        var candidate = Guid.NewGuid();
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(candidate, "张三", "机加车间")));
        var members = Ids(7);
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 5)));
        await ReviewApi.Ensure(await review.MarkAsync("expert-assessment", members[1], candidate, passed: true));
        await ReviewApi.Ensure(await review.OpenBallotAsync(candidate));
        for (var i = 0; i < 4; i++) await ReviewApi.Ensure(await review.VoteAsync(candidate, members[i], i < 3 ? "for" : "against"));

        await Host.StopAsync();
        Host = await CycleHost.StartAsync(Database, Clock);
        var resumed = new ReviewApi(Host.Client(Key), review.CycleId);
        var again = await resumed.VoteAsync(candidate, members[0], "for");
        await ReviewApi.Ensure(await resumed.VoteAsync(candidate, members[4], "for"));
        var result = await resumed.CloseBallotAsync(candidate);

        Assert.Equal("EVAL-VOTE-002", await ReviewApi.CodeOf(again));
        Assert.Equal(4, result.GetProperty("for").GetInt32());
        Assert.Equal(1, result.GetProperty("against").GetInt32());
        Assert.Equal("Passed", result.GetProperty("conclusion").GetString());
        await using var db = Database.NewContext();
        Assert.All(await db.ReviewVoters.ToListAsync(), v => Assert.Null(v.Choice));
        Assert.Equal(5, await db.ReviewVoters.CountAsync());
        var minutes = await resumed.CsvAsync("minutes.csv");
        Assert.Contains("已投票：", minutes);
        Assert.Contains("张三", await resumed.CsvAsync($"score-sheets.csv?candidateId={candidate}"));
    }

    [Fact]
    public async Task DeclaredConflict_WithdrawsTheOpenMark_AndStillHoldsAfterRestart()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.Wenzhou());
        var candidate = Guid.NewGuid();
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(candidate, "张三", "机加车间")));
        var members = Ids(7);
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 5)));
        await ReviewApi.Ensure(await review.MarkAsync("expert-assessment", members[2], candidate, passed: false));
        await ReviewApi.Ensure(await review.MarkAsync("expert-assessment", members[3], candidate, passed: true));

        var declared = await Host.Client(Key).PostAsync($"/api/cycles/{review.CycleId}/review/conflicts", new StringContent(
            JsonSerializer.Serialize(new { memberId = members[2], candidateId = candidate, reason = "与申报人系亲属关系" }),
            System.Text.Encoding.UTF8, "application/json"));
        await Host.StopAsync();
        Host = await CycleHost.StartAsync(Database, Clock);
        var resumed = new ReviewApi(Host.Client(Key), review.CycleId);
        await ReviewApi.Ensure(await resumed.OpenBallotAsync(candidate));
        var refused = await resumed.VoteAsync(candidate, members[2], "for");
        var sheet = await resumed.CsvAsync($"score-sheets.csv?candidateId={candidate}");

        await ReviewApi.Ensure(declared);
        Assert.Equal("EVAL-REVIEW-011", await ReviewApi.CodeOf(refused));
        Assert.Contains("合格1票，不合格0票", sheet);
        Assert.Equal(6, (await resumed.CloseBallotAsync(candidate)).GetProperty("members").GetInt32());
        Assert.Contains("主动申报", await resumed.CsvAsync("minutes.csv"));
        Assert.Contains("与申报人系亲属关系", await resumed.CsvAsync("minutes.csv"));
    }

    [Fact]
    public async Task AnotherEnterprise_GetsNotFound()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, ReviewSchemes.Wenzhou());
        var candidate = Guid.NewGuid();
        await ReviewApi.Ensure(await review.OpenAsync(ReviewApi.Candidate(candidate, "张三", "机加车间")));
        var (_, otherKey) = await Host.RegisterAsync("乙机械有限公司", "91512081MA62K0260E");
        var stranger = new ReviewApi(Host.Client(otherKey), review.CycleId);

        var shown = await Host.Client(otherKey).GetAsync($"/api/cycles/{review.CycleId}/review");
        var marked = await stranger.MarkAsync("expert-assessment", Guid.NewGuid(), candidate, passed: true);
        var opened = await stranger.OpenAsync(ReviewApi.Candidate(Guid.NewGuid(), "王五", "机加车间"));

        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, marked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
    }
}
