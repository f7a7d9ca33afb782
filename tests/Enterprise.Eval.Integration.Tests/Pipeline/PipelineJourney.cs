using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Publicity;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Pipeline;

/// <summary>
/// One whole cycle of the sample roster's enterprise on the real service (a <see cref="CycleHost"/> on a shifted
/// clock over its own SQLite file), driven by the scheduler's steps and HR's API calls: three senior technicians apply,
/// the window is extended, they are screened at the close, reviewed, published, one is objected to and removed, two
/// are certified. Shared by the pipeline spec (state and outbox) and the Maildir spec (what the mail server received).
/// </summary>
internal sealed class PipelineJourney : IAsyncDisposable
{
    public const string HrName = "王芳";
    public const string HrEmail = "hr@jiajixie.example";
    public const string ObjectorEmail = "liming@example.com";

    internal const string Scheme = """
        id: pipeline-spec
        title: 流程测试特级技师评聘
        region: 江苏
        year: 2026
        targetLevel: 特级技师
        eligibility:
          conditions:
            senior-5: {kind: level-held-for, level: 高级技师, years: 满5年}
          routes:
            - {id: by-skill-level, name: 依高级技师资格申报, kind: standard, requires: [senior-5]}
        reviewStages:
          - {code: performance, name: 业绩评审, kind: scored, scaleMax: 100, weight: 1}
        committee: {minSize: 3, maxSize: 9}
        vote: {threshold: 超过50%, denominator: all-members, ballot: secret}
        """;

    private readonly SimulatedClock _clock;

    private PipelineJourney(TestDatabase database, CycleHost host, SimulatedClock clock)
    {
        Database = database;
        Host = host;
        _clock = clock;
    }

    public TestDatabase Database { get; }
    public CycleHost Host { get; }
    public Guid EnterpriseId { get; private set; }
    public Guid CycleId { get; private set; }
    public string Key { get; private set; } = "";
    public HttpClient Client => Host.Client(Key);

    /// <summary>The three applicants' employee numbers, in the order they applied.</summary>
    public IReadOnlyList<string> Applicants { get; } = SeniorTechniciansInPostSince2020().Take(3).ToList();

    /// <summary>Up to a scheduled cycle; <paramref name="settings"/> override the host's (e.g. SMTP delivery); the enterprise has an HR contact when asked.</summary>
    public static async Task<PipelineJourney> StartAsync(IDictionary<string, string?>? settings = null, bool withHrContact = false, string? scheme = null)
    {
        var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var journey = new PipelineJourney(database, await CycleHost.StartAsync(database, clock, settings), clock);
        var host = journey.Host;
        (journey.EnterpriseId, journey.Key) = withHrContact
            ? await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43", HrName, HrEmail)
            : await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        (await journey.Client.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))))).EnsureSuccessStatusCode();
        var schemeId = await host.PublishedSchemeAsync(journey.Key, scheme ?? Scheme);
        var cycle = await journey.Client.PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
        Assert.True(cycle.IsSuccessStatusCode, await cycle.Content.ReadAsStringAsync());
        journey.CycleId = (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return journey;
    }

    /// <summary>Runs the cycle from the window opening to the certificates, checking each step lands where it should.</summary>
    public async Task RunWholeCycleAsync()
    {
        await StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in Applicants) applications.Add(await SubmitAsync(number));
        await ExtendAsync("2026-06-12 18:00");
        await WriteHrDigestsAsync();

        await StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);      // closed, screened, review opened
        Assert.All(await StatusesAsync(), s => Assert.Equal(ApplicationStatus.UnderReview, s));
        await ReviewEveryoneAsync(applications);
        (await Client.PostAsJsonAsync($"/api/cycles/{CycleId}/review/list", new { })).EnsureSuccessStatusCode();

        await StepToAsync(new DateOnly(2026, 6, 16), CycleStatus.Publicity);     // the recommended list goes public
        Assert.All(await StatusesAsync(), s => Assert.Equal(ApplicationStatus.InPublicity, s));
        await ObjectAsync(applications[0]);
        await StepToAsync(new DateOnly(2026, 7, 1), CycleStatus.Publicity);      // held: one objection is open
        var resolved = await Client.PostAsJsonAsync($"/api/cycles/{CycleId}/publicity/objections/1/resolve", new { upheld = true, reason = "经核实，业绩材料与事实不符" });
        resolved.EnsureSuccessStatusCode();
        await StepToAsync(new DateOnly(2026, 7, 1), CycleStatus.Concluded);

        var certified = await Client.PostAsync($"/api/cycles/{CycleId}/certify", null);
        Assert.True(certified.IsSuccessStatusCode, await certified.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The review that issue 18 requires instead of an empty one passing everyone: a committee of three experts marks
    /// 业绩评审, the chair closes it, and each candidate is voted on (all in favour).
    /// </summary>
    public Task ReviewEveryoneAsync(IReadOnlyList<Guid> candidates) => ReviewEveryoneAsync(Client, CycleId, candidates);

    /// <summary>As above for a cycle run without a journey: every application of the cycle is reviewed.</summary>
    public static async Task ReviewEveryoneAsync(HttpClient client, Guid cycleId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/cycles/{cycleId}/applications");
        await ReviewEveryoneAsync(client, cycleId, [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())]);
    }

    private static async Task ReviewEveryoneAsync(HttpClient client, Guid cycleId, IReadOnlyList<Guid> candidates)
    {
        var review = new Review.ReviewApi(client, cycleId);
        var members = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await Review.ReviewApi.Ensure(await review.CommitteeAsync(Review.ReviewApi.Members(members, experts: 3)));
        for (var c = 0; c < candidates.Count; c++)
            foreach (var member in members)
                await Review.ReviewApi.Ensure(await review.MarkAsync("performance", member, candidates[c], score: 90 - c));
        await Review.ReviewApi.Ensure(await client.PostAsJsonAsync($"/api/cycles/{cycleId}/review/stages/performance/close", new { memberId = members[0] }));
        foreach (var candidate in candidates)
        {
            await Review.ReviewApi.Ensure(await review.OpenBallotAsync(candidate));
            foreach (var member in members) await Review.ReviewApi.Ensure(await review.VoteAsync(candidate, member, "for"));
            await review.CloseBallotAsync(candidate);
        }
    }

    /// <summary>The employee applies through the API; returns the application's id.</summary>
    public async Task<Guid> SubmitAsync(string employeeNumber)
    {
        var submitted = await Client.PostAsJsonAsync($"/api/cycles/{CycleId}/applications",
            new { employeeNumber, education = "大专", department = "机加工车间", expertise = "精密车削", pledged = true });
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
        return (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
    }

    /// <summary>HR extends the open window to a new closing time (China time, "2026-06-12 18:00").</summary>
    public async Task ExtendAsync(string closesAt)
    {
        var extended = await Client.PostAsJsonAsync($"/api/cycles/{CycleId}/extend", new { windowClosesAt = closesAt });
        Assert.True(extended.IsSuccessStatusCode, await extended.Content.ReadAsStringAsync());
    }

    public async Task<List<ApplicationStatus>> StatusesAsync()
    {
        await using var db = Database.NewContext();
        return await db.Applications.AsNoTracking().Where(a => a.CycleId == CycleId).Select(a => a.Status).ToListAsync();
    }

    /// <summary>Moves the clock to noon of the day and lets the scheduler take what is due; the cycle must then be in <paramref name="expected"/>.</summary>
    public async Task StepToAsync(DateOnly day, CycleStatus expected)
    {
        _clock.JumpTo(ChinaTime.At(day, new TimeOnly(12, 0)));
        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CycleScheduler>().RunDueStepsAsync(CycleId, CancellationToken.None);
        await using var db = Database.NewContext();
        Assert.Equal(expected, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == CycleId)).Status);
    }

    /// <summary>What the digest job does on each run (it also runs on its own trigger; the day's key keeps it at one a day).</summary>
    private async Task WriteHrDigestsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HrDigest>().WriteDueAsync(new TimeOnly(8, 0));
    }

    private async Task ObjectAsync(Guid applicationId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var publicity = scope.ServiceProvider.GetRequiredService<PublicityService>();
        var notice = await publicity.GetAsync(EnterpriseId, CycleId);
        await publicity.ReceiveObjectionAsync(notice.Token, new ObjectionSubmission(applicationId, "该同学的技术攻关成果系他人完成。", "李明", ObjectorEmail));
    }

    internal static IEnumerable<string> SeniorTechniciansInPostSince2020() =>
        File.ReadLines(RepositoryRoot.File("samples", "roster.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[9] == "高级技师" && DateOnly.Parse(f[11]) <= new DateOnly(2020, 6, 1))
            .Select(f => f[0]);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
