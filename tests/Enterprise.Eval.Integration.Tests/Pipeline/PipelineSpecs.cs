using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.Publicity;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Pipeline;

/// <summary>
/// An application's whole journey through one cycle, driven by the scheduler's steps and HR's API calls: screened at
/// the close, reviewed, published, objected to, confirmed and certified.
/// </summary>
public sealed class PipelineSpecs : IAsyncLifetime
{
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
        """;

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly ShiftableClock _clock = new(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
    private CycleHost _host = null!;
    private string _key = "";
    private Guid _cycleId;

    public async Task InitializeAsync()
    {
        _host = await CycleHost.StartAsync(_database, _clock);
        (_, _key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        (await Client.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))))).EnsureSuccessStatusCode();
        var schemeId = await _host.PublishedSchemeAsync(_key, Scheme);
        var cycle = await Client.PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
        Assert.True(cycle.IsSuccessStatusCode, await cycle.Content.ReadAsStringAsync());
        _cycleId = (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private HttpClient Client => _host.Client(_key);

    [Fact]
    public async Task ThreeSeniorTechnicians_AreScreenedReviewedPublishedAndCertified_ExceptTheOneAnUpheldObjectionRemoves()
    {
        var seniors = SeniorTechniciansInPostSince2020().Take(3).ToList();
        await StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        var applications = new List<Guid>();
        foreach (var number in seniors)
        {
            var submitted = await Client.PostAsJsonAsync($"/api/cycles/{_cycleId}/applications",
                new { employeeNumber = number, education = "大专", department = "机加工车间", expertise = "精密车削", pledged = true });
            Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
            applications.Add((await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid());
        }

        await StepToAsync(new DateOnly(2026, 6, 13), CycleStatus.Reviewing);      // closed, screened, review opened
        Assert.All(await StatusesAsync(), s => Assert.Equal(ApplicationStatus.UnderReview, s));
        (await Client.PostAsJsonAsync($"/api/cycles/{_cycleId}/review/list", new { })).EnsureSuccessStatusCode();

        await StepToAsync(new DateOnly(2026, 6, 16), CycleStatus.Publicity);     // the recommended list goes public
        Assert.All(await StatusesAsync(), s => Assert.Equal(ApplicationStatus.InPublicity, s));
        await ObjectAsync(applications[0]);
        await StepToAsync(new DateOnly(2026, 7, 1), CycleStatus.Publicity);      // held: one objection is open
        var resolved = await Client.PostAsJsonAsync($"/api/cycles/{_cycleId}/publicity/objections/1/resolve", new { upheld = true, reason = "经核实，业绩材料与事实不符" });
        resolved.EnsureSuccessStatusCode();
        await StepToAsync(new DateOnly(2026, 7, 1), CycleStatus.Concluded);

        var certified = await Client.PostAsync($"/api/cycles/{_cycleId}/certify", null);
        Assert.True(certified.IsSuccessStatusCode, await certified.Content.ReadAsStringAsync());

        var statuses = await StatusesAsync();
        Assert.Equal(1, statuses.Count(s => s == ApplicationStatus.Disqualified));   // removed after the upheld objection
        Assert.Equal(2, statuses.Count(s => s == ApplicationStatus.Certified));
        await using var db = _database.NewContext();
        var numbers = await db.Certificates.Where(c => c.CycleId == _cycleId).Select(c => c.Number).ToListAsync();
        Assert.Equal(2, numbers.Count);
        Assert.All(numbers, n => Assert.Equal('T', n.Value[15]));
        Assert.Equal(CycleStatus.Certified, (await db.Cycles.SingleAsync(c => c.Id == _cycleId)).Status);

        // Every step told the people it concerns (issue 8): counted by event in the outbox, one row per recipient.
        var mails = (await db.OutboxMessages.AsNoTracking().ToListAsync()).GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(mails[MailEvent.WindowOpened].Count >= 3, "the window is announced to (at least) the eligible senior technicians");
        Assert.Equal(3, mails[MailEvent.ApplicationReceived].Count);
        Assert.Equal(3, mails[MailEvent.ScreeningVerdict].Count(m => m.DedupKey.Contains(":close")));
        Assert.Equal(3, mails[MailEvent.ReviewOutcome].Count);
        Assert.Equal(3, mails[MailEvent.PublicityStarted].Count);
        Assert.Equal("liming@example.com", Assert.Single(mails[MailEvent.ObjectionReceived]).RecipientAddress);
        Assert.Equal("liming@example.com", Assert.Single(mails[MailEvent.ObjectionResolved]).RecipientAddress);
        Assert.Equal(2, mails[MailEvent.CertificateIssued].Count);
        Assert.DoesNotMatch(@"\d{17}[\dX]", string.Concat(mails.Values.SelectMany(m => m).Select(m => m.TextBody + m.HtmlBody)));
    }

    private async Task StepToAsync(DateOnly day, CycleStatus expected)
    {
        _clock.JumpTo(ChinaTime.At(day, new TimeOnly(12, 0)));
        await using (var scope = _host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CycleScheduler>().RunDueStepsAsync(_cycleId, CancellationToken.None);
        await using var db = _database.NewContext();
        Assert.Equal(expected, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == _cycleId)).Status);
    }

    private async Task ObjectAsync(Guid applicationId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var publicity = scope.ServiceProvider.GetRequiredService<PublicityService>();
        var notice = await publicity.GetAsync((await scope.ServiceProvider.GetRequiredService<EvalDbContext>().Cycles.SingleAsync(c => c.Id == _cycleId)).EnterpriseId, _cycleId);
        await publicity.ReceiveObjectionAsync(notice.Token, new ObjectionSubmission(applicationId, "该同学的技术攻关成果系他人完成。", "李明", "liming@example.com"));
    }

    private async Task<List<ApplicationStatus>> StatusesAsync()
    {
        await using var db = _database.NewContext();
        return await db.Applications.AsNoTracking().Where(a => a.CycleId == _cycleId).Select(a => a.Status).ToListAsync();
    }

    internal static IEnumerable<string> SeniorTechniciansInPostSince2020() =>
        File.ReadLines(RepositoryRoot.File("samples", "roster.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[9] == "高级技师" && DateOnly.Parse(f[11]) <= new DateOnly(2020, 6, 1))
            .Select(f => f[0]);
}
