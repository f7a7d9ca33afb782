using System.CommandLine;
using System.Net;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Review;

/// <summary>原则上 caps, HR overrides with reasons, and the review verbs, on a real SQLite file.</summary>
public sealed class ReviewListAndVerbSpecs : OneEnterpriseSpecs
{
    /// <summary>Six 车工 (the best six) and two 钳工, scored and ready for a list of 20 (15% of 20 = 3 places).</summary>
    private async Task<(ReviewApi Review, List<Guid> Turners)> ScoredReviewAsync(string scheme)
    {
        var review = await ReviewApi.ForNewCycleAsync(Host, Key, scheme);
        var candidates = Enumerable.Range(0, 8).Select(i => (Id: Guid.NewGuid(), Occupation: i < 6 ? "车工" : "钳工", Score: 90m - i)).ToList();
        await ReviewApi.Ensure(await review.OpenAsync([.. candidates.Select((c, i) => ReviewApi.Candidate(c.Id, $"申报人{i}", "生产部", c.Occupation, i))]));
        var members = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        await ReviewApi.Ensure(await review.CommitteeAsync(ReviewApi.Members(members, experts: 5)));
        foreach (var c in candidates) await ReviewApi.Ensure(await review.MarkAsync("overall", members[1], c.Id, score: c.Score));
        return (review, candidates.Where(c => c.Occupation == "车工").Select(c => c.Id).ToList());
    }

    [Fact]
    public async Task List_InPrincipleCap_KeepsEveryoneAndWarns()
    {
        var (review, _) = await ScoredReviewAsync(ReviewSchemes.InPrincipleOccupationCap());

        var list = await review.ComputeListAsync(20);

        Assert.Equal(8, list.GetProperty("recommended").GetArrayLength());
        Assert.Equal(3, list.GetProperty("warnings").EnumerateArray().Count(w => w.GetProperty("code").GetString() == "EVAL-QUOTA-013"));
    }

    [Fact]
    public async Task Override_IncludeWithReason_PutsAWaitingCandidateOnTheList_WithoutReasonIsRefused()
    {
        var (review, turners) = await ScoredReviewAsync(ReviewSchemes.HardOccupationCap());
        var before = await review.ComputeListAsync(20);
        var fourth = turners[3];
        var client = Host.Client(Key);

        var unexplained = await client.PostAsync($"/api/cycles/{review.CycleId}/review/overrides",
            JsonContent(new { candidateId = fourth, kind = "include", reason = " " }));
        var explained = await client.PostAsync($"/api/cycles/{review.CycleId}/review/overrides",
            JsonContent(new { candidateId = fourth, kind = "include", reason = "省级技能竞赛一等奖，评审委员会建议列入" }));
        var after = await review.ComputeListAsync(20);

        Assert.Contains(before.GetProperty("waiting").EnumerateArray(), w => w.GetProperty("candidateId").GetGuid() == fourth);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unexplained.StatusCode);
        Assert.Equal("EVAL-QUOTA-001", await ReviewApi.CodeOf(unexplained));
        await ReviewApi.Ensure(explained);
        var line = Assert.Single(after.GetProperty("recommended").EnumerateArray(), r => r.GetProperty("candidateId").GetGuid() == fourth);
        Assert.Contains(line.GetProperty("notes").EnumerateArray(), n => n.GetProperty("code").GetString() == "EVAL-QUOTA-020");
    }

    [Fact]
    public async Task Verbs_WriteMinutesAndScoreSheets_AndShowTheList()
    {
        var (review, _) = await ScoredReviewAsync(ReviewSchemes.HardOccupationCap());
        await review.ComputeListAsync(20);
        var minutesFile = Path.Combine(Path.GetTempPath(), $"minutes-{Guid.NewGuid():N}.csv");
        var sheetsFile = Path.Combine(Path.GetTempPath(), $"sheets-{Guid.NewGuid():N}.csv");
        try
        {
            var cycle = review.CycleId.ToString();
            var enterprise = EnterpriseId.ToString();
            var minutes = await RunAsync("review", "minutes", "--cycle", cycle, "--out", minutesFile, "--enterprise", enterprise);
            var sheets = await RunAsync("review", "score-sheet", "--cycle", cycle, "--out", sheetsFile, "--enterprise", enterprise);
            var list = await RunAsync("review", "list", "--cycle", cycle, "--enterprise", enterprise);
            var unknown = await RunAsync("review", "list", "--cycle", Guid.NewGuid().ToString(), "--enterprise", enterprise);

            Assert.Equal(0, minutes.Code);
            Assert.Contains("技师评审委员会评审会议记录", await File.ReadAllTextAsync(minutesFile));
            Assert.Equal(0, sheets.Code);
            Assert.Contains("申报人7评分表", await File.ReadAllTextAsync(sheetsFile));
            Assert.Equal(0, list.Code);
            Assert.Contains("候补名单", list.Output);
            Assert.Contains("申报人3", list.Output);
            Assert.Equal(1, unknown.Code);
            Assert.Contains("EVAL-NOTFOUND", unknown.Output);
        }
        finally
        {
            File.Delete(minutesFile);
            File.Delete(sheetsFile);
        }
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        var cli = new CliServices(() => Host.Services, console);
        // The verb group is internal to the executable, as the lead wires it into the root command.
        var create = typeof(CliServices).Assembly.GetType("Enterprise.Eval.Worker.Cli.ReviewVerbs", throwOnError: true)!.GetMethod("Create")!;
        var root = new RootCommand { (Command)create.Invoke(null, [cli])! };
        var code = await root.Parse(args).InvokeAsync();
        return (code, writer.ToString());
    }
}
