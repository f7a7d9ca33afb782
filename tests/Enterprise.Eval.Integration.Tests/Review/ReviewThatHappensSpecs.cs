using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Review;

/// <summary>
/// Issue 18 points 2 and 3 through the API on a real SQLite file: a scheme whose review would not happen is not
/// published (江苏 with no form chosen, any scheme with no stage and no vote), and the 福建 15% cut follows the marks
/// of the scored 答辩考核, never the time of submission, with each line saying why it is where it is.
/// </summary>
public sealed class ReviewThatHappensSpecs : OneEnterpriseSpecs
{
    [Fact]
    public async Task JiangsuTemplate_WithNoFormChosen_IsNotPublished_WithOneChosen_ItIs()
    {
        var template = Template("Jiangsu", "jiangsu-grand-technician.yaml", "2022");

        var refused = await PublishAsync(template);
        var chosen = await PublishAsync(template.Replace(
            "{code: defence, name: 口头答辩, kind: pass-fail, optional: true, chosen: false", "{code: defence, name: 口头答辩, kind: pass-fail, optional: true, chosen: true",
            StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("EVAL-REVIEW-061", body);
        Assert.Contains("业绩评审、技术攻关、口头答辩、企业内表彰", body);
        Assert.True(chosen.IsSuccessStatusCode, await chosen.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Scheme_WithNoStageAndNoVote_IsNotPublished()
    {
        var refused = await PublishAsync("""
            id: empty-review
            title: 无评审的方案
            year: 2026
            targetLevel: 特级技师
            eligibility:
              conditions:
                senior-5: {kind: level-held-for, level: 高级技师, years: 满5年}
              routes:
                - {id: r, name: 依高级技师资格申报, kind: standard, requires: [senior-5]}
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("EVAL-REVIEW-060", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FujianFifteenPercentCut_FollowsTheMarks_NotTheTimeOfSubmission_AndEachLineSaysWhy()
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, Template("Fujian", "fujian-senior-technician.yaml", "2020"));
        // Seven 车工 applied in this order; the later the better the marks. Three places on the list.
        var candidates = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        await ReviewApi.Ensure(await review.OpenAsync([.. candidates.Select((id, i) => ReviewApi.Candidate(id, $"申报人{i + 1}", "机修车间", order: i))]));
        var members = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 3)));
        for (var c = 0; c < candidates.Count; c++)
            foreach (var member in members)
            {
                await ReviewApi.Ensure(await review.MarkAsync("defence", member, candidates[c], score: 70 + c));
                await ReviewApi.Ensure(await review.MarkAsync("comprehensive", member, candidates[c], passed: true));
            }

        var list = await review.ComputeListAsync(3);

        var recommended = list.GetProperty("recommended").EnumerateArray().ToList();
        var best = candidates[^1];
        Assert.Contains(recommended, r => r.ToString().Contains(best.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, recommended.Count);
        Assert.DoesNotContain(recommended, r => candidates.Take(4).Any(early => r.ToString().Contains(early.ToString(), StringComparison.OrdinalIgnoreCase)));
        var csv = await review.CsvAsync("list.csv");
        Assert.Contains("第1名，综合得分76", csv);
        Assert.Contains("答辩考核", csv);
    }

    private async Task<HttpResponseMessage> PublishAsync(string yaml)
    {
        var client = Host.Client(Key);
        var uploaded = await client.PostAsync("/api/schemes", new StringContent(yaml));
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        var scheme = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var id = scheme.GetProperty("id").GetGuid();
        if (scheme.GetProperty("assessmentRequired").GetBoolean())
        {
            var assessorKey = await AssessorApi.KeyForAsync(client);
            (await client.PostAsync($"/api/schemes/{id}/submit", null)).EnsureSuccessStatusCode();
            await AssessorApi.ApproveAsync(client, assessorKey, id);
        }
        else
            (await client.PostAsync($"/api/schemes/{id}/approve", null)).EnsureSuccessStatusCode();
        return await client.PostAsync($"/api/schemes/{id}/publish", null);
    }

    private static string Template(string pack, string file, string year) =>
        File.ReadAllText(RepositoryRoot.File("plugins", pack, "templates", file)).Replace($"\nyear: {year}", "\nyear: 2026", StringComparison.Ordinal);
}
