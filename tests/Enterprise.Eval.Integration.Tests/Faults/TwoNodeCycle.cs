using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// Two Worker processes on one PostgreSQL database, Hangfire on PostgreSQL, one simulated clock file: HR works through
/// either node's API in turn, the nodes' own schedulers take every timed step as the clock moves, and certification
/// is asked of both nodes at once. Every transition happens once, serials are unique and gapless, no mail is queued
/// twice, and neither log has an error.
/// </summary>
[Collection("postgres")]
public sealed class TwoNodeCycle(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Applicants = 3;

    private static DateTimeOffset China(int month, int day, int hour, int minute = 0, int second = 30) =>
        ChinaTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, minute, second));

    [Fact]
    public async Task TwoServiceProcessesOnOnePostgres_RunAWholeCycle_EveryTransitionOnce_CertificatesGapless()
    {
        await using var database = await TestDatabase.PostgresAsync(postgres.Server);
        var root = Directory.CreateTempSubdirectory("eval-two-nodes-").FullName;
        var clock = new ClockFile(Path.Combine(root, "now.txt"));
        clock.Set(China(6, 1, 8));
        var watch = Stopwatch.StartNew();
        // One node first: it creates the schema (migrations, Hangfire schema); the second joins the cluster meanwhile.
        using var a = await ServiceNode.StartAsync(database, clock, Directory.CreateDirectory(Path.Combine(root, "a")).FullName);
        var startingB = ServiceNode.StartAsync(database, clock, Directory.CreateDirectory(Path.Combine(root, "b")).FullName);
        try
        {
            using var admin = a.Client(CycleHost.AdminKey);
            var (_, key) = await HrApi.RegisterAsync(admin, "甲机械有限公司", "91350100M000100Y43");
            var b = await startingB;
            output.WriteLine($"both nodes up after {watch.ElapsedMilliseconds} ms");
            using var ha = a.Client(key);
            using var hb = b.Client(key);
            HttpClient[] nodes = [ha, hb];

            (await hb.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))))).EnsureSuccessStatusCode();
            var schemeId = await HrApi.PublishedSchemeAsync(nodes, PipelineJourney.Scheme);
            var created = await ha.PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            var cycleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            await MoveAsync(database, clock, cycleId, China(6, 10, 9), CycleEventKind.WindowOpened, a, b);
            var turn = 0;
            foreach (var number in PipelineJourney.SeniorTechniciansInPostSince2020().Take(Applicants))
            {
                var submitted = await nodes[turn++ % 2].PostAsJsonAsync($"/api/cycles/{cycleId}/applications",
                    new { employeeNumber = number, education = "大专", department = "机加工车间", expertise = "精密车削", pledged = true });
                Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
            }
            await MoveAsync(database, clock, cycleId, China(6, 12, 16), CycleEventKind.ReviewStarted, a, b);
            await PipelineJourney.ReviewEveryoneAsync(hb, cycleId);   // issue 18: a real review, not an empty one
            (await hb.PostAsJsonAsync($"/api/cycles/{cycleId}/review/list", new { })).EnsureSuccessStatusCode();
            await MoveAsync(database, clock, cycleId, China(6, 16, 0), CycleEventKind.PublicityStarted, a, b);
            await MoveAsync(database, clock, cycleId, China(6, 24, 0), CycleEventKind.Concluded, a, b);

            var answers = await Task.WhenAll(ha.PostAsync($"/api/cycles/{cycleId}/certify", null), hb.PostAsync($"/api/cycles/{cycleId}/certify", null));
            foreach (var answer in answers)
                output.WriteLine($"certify: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            Assert.Contains(answers, r => r.IsSuccessStatusCode);
            Assert.All(answers, r => Assert.True((int)r.StatusCode < 500, $"certify answered {(int)r.StatusCode}"));
            await Task.Delay(TimeSpan.FromSeconds(2)); // a late second trigger, if any, would show now

            await AssertOnceAsync(database, cycleId);
            Assert.All(new[] { a, b }, n => Assert.Contains("SIMULATED CLOCK", n.Output, StringComparison.Ordinal));
            Assert.True(a.Errors().Count == 0, "node a logged errors:\n" + string.Join('\n', a.Errors()));
            Assert.True(b.Errors().Count == 0, "node b logged errors:\n" + string.Join('\n', b.Errors()));
            output.WriteLine($"steps taken by a: {StepsTaken(a)}, by b: {StepsTaken(b)}; whole test {watch.ElapsedMilliseconds} ms");
        }
        finally
        {
            if (!startingB.IsFaulted) (await startingB).Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task MoveAsync(TestDatabase database, ClockFile clock, Guid cycleId, DateTimeOffset to, CycleEventKind awaited, ServiceNode a, ServiceNode b)
    {
        clock.Set(to);
        var watch = Stopwatch.StartNew();
        while (!(await HistoryAsync(database, cycleId)).Any(e => e.What == awaited))
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(45))
                Assert.Fail($"{awaited} not taken within 45 s of moving the clock to {to:o}.\nnode a:\n{a.Output}\nnode b:\n{b.Output}");
            await Task.Delay(100);
        }
        output.WriteLine($"{awaited} taken {watch.ElapsedMilliseconds} ms after the clock moved to {to:o}");
    }

    private static async Task AssertOnceAsync(TestDatabase database, Guid cycleId)
    {
        CycleEventKind[] expected =
        [
            CycleEventKind.Drafted, CycleEventKind.Scheduled, CycleEventKind.WindowOpened, CycleEventKind.WindowClosed,
            CycleEventKind.ReviewStarted, CycleEventKind.PublicityStarted, CycleEventKind.Concluded, CycleEventKind.Certified,
        ];
        Assert.Equal(expected, (await HistoryAsync(database, cycleId)).Select(e => e.What));
        await using var db = database.NewContext();
        var audited = await db.AuditRecords.AsNoTracking().Where(r => r.EntityId == cycleId.ToString() && r.Action.StartsWith("cycle.")).Select(r => r.Action).ToListAsync();
        Assert.Equal(expected.Select(k => "cycle." + k).Order(), audited.Order());

        var applications = await db.Applications.AsNoTracking().Where(a => a.CycleId == cycleId).Select(a => a.Status).ToListAsync();
        Assert.Equal(Enumerable.Repeat(ApplicationStatus.Certified, Applicants), applications);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.CycleId == cycleId).ToListAsync();
        Assert.Equal(Applicants, certificates.Select(c => c.HolderEmployeeId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Applicants), certificates.Select(c => c.Number.Serial).Order());
        Assert.Equal(Applicants, certificates.Select(c => c.Number.Value).Distinct().Count());

        var mails = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.All(mails.GroupBy(m => (m.EnterpriseId, m.DedupKey)), g => Assert.Single(g));
        Assert.Equal(Applicants, mails.Count(m => m.Kind == MailEvent.ApplicationReceived));
        Assert.Equal(Applicants, mails.Count(m => m.Kind == MailEvent.PublicityStarted));
        Assert.Equal(Applicants, mails.Count(m => m.Kind == MailEvent.CertificateIssued));
    }

    private static async Task<IReadOnlyList<CycleEvent>> HistoryAsync(TestDatabase database, Guid cycleId)
    {
        await using var db = database.NewContext();
        return (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycleId)).History;
    }

    private static int StepsTaken(ServiceNode node) =>
        node.Output.Split('\n').Count(l => l.Contains("taken on time", StringComparison.Ordinal) || l.Contains("fired late by", StringComparison.Ordinal));
}
