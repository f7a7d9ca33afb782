using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Hostile;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// kill -9 of the service at the end of publicity: a cycle with three applicants in publicity is copied for each round,
/// the Worker runs on it with a simulated clock that is then moved past the publicity end, and the process is killed
/// as its log shows the conclusion starting, or at a random moment around it (timed by an undisturbed round). After a
/// restart the conclusion is taken exactly once, the audit chain verifies, no mail is queued twice, and certification
/// numbers without a gap.
/// </summary>
public sealed class KilledConclusion(ITestOutputHelper output)
{
    private const int Applicants = 3;
    private const int KilledRounds = 3;

    /// <summary>
    /// Log lines (EF's SQL log, JSON-escaped) that aim the first kills: the step's first look at the publicity notice,
    /// before anything is written; and the notice's own conclusion being written, the first of the step's two commits
    /// (the notice, then the cycle with its applications). The last round is killed at a random moment.
    /// </summary>
    private static readonly string[] Aims = ["publicity_notices", "UPDATE \\u0022publicity_notices\\u0022"];
    private static readonly DateTimeOffset BeforeEnd = ChinaTime.At(new DateOnly(2026, 6, 23), new TimeOnly(18, 0));
    private static readonly DateTimeOffset AfterEnd = ChinaTime.At(new DateOnly(2026, 6, 24), new TimeOnly(0, 0, 30));

    [Fact]
    public async Task ServiceKilledAsPublicityConcludes_ConcludesOnceAfterRestart_WithEveryMailOnceAndGaplessCertificates()
    {
        await using var prepared = TestDatabase.Sqlite();
        var (key, cycleId) = await PrepareAsync(prepared);
        var root = Directory.CreateTempSubdirectory("eval-conclusion-kill-").FullName;
        try
        {
            var random = new Random(HostileBodies.Seed);
            TimeSpan undisturbed = default;
            for (var round = 0; round <= KilledRounds; round++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(root, $"round-{round}")).FullName;
                await using var database = TestDatabase.Sqlite();
                Copy(prepared, database);
                var clock = new ClockFile(Path.Combine(folder, "now.txt"));
                clock.Set(BeforeEnd);

                var aim = round <= Aims.Length && round > 0 ? Aims[round - 1] : null;
                var node = await ServiceNode.StartAsync(database, clock, folder, logSql: aim is not null);
                try
                {
                    clock.Set(AfterEnd);
                    var watch = Stopwatch.StartNew();
                    if (round == 0)
                    {
                        // The undisturbed round: how long the conclusion takes here, to aim the kills of the others.
                        await WaitForConclusionAsync(database, cycleId, node);
                        undisturbed = watch.Elapsed;
                        output.WriteLine($"round 0: concluded {undisturbed.TotalMilliseconds:0} ms after the clock moved");
                    }
                    else
                    {
                        if (aim is not null) await node.WaitForOutputAsync(aim, TimeSpan.FromSeconds(40));
                        else await Task.Delay(undisturbed * (0.3 + random.NextDouble()));
                        node.Kill();
                        await node.WaitForExitAsync();
                        output.WriteLine($"round {round}: killed {watch.ElapsedMilliseconds} ms after the clock moved{(aim is null ? "" : $" on sight of {aim}")}; " +
                            $"before the kill the notice was concluded: {await NoticeConcludedAsync(database, cycleId)}, the cycle: {await ConcludedAsync(database, cycleId)}");
                        node.Dispose();
                        node = await ServiceNode.StartAsync(database, clock, folder);
                        await WaitForConclusionAsync(database, cycleId, node);
                    }

                    using var client = node.Client(key);
                    var certified = await client.PostAsync($"/api/cycles/{cycleId}/certify", null);
                    Assert.True(certified.IsSuccessStatusCode, await certified.Content.ReadAsStringAsync());
                    Assert.Empty(node.Errors());
                }
                finally
                {
                    node.Dispose();
                }

                await AssertOnceAsync(database, cycleId, round);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task AssertOnceAsync(TestDatabase database, Guid cycleId, int round)
    {
        await using (var db = database.NewContext())
        {
            var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycleId);
            Assert.Single(cycle.History, e => e.What == CycleEventKind.Concluded);
            Assert.Equal(CycleStatus.Certified, cycle.Status);
            var audited = await db.AuditRecords.AsNoTracking().Where(r => r.EntityId == cycleId.ToString()).Select(r => r.Action).ToListAsync();
            Assert.Single(audited, a => a == "cycle." + CycleEventKind.Concluded);
            Assert.Equal(cycle.History.Select(e => "cycle." + e.What).Order(), audited.Order());

            var applications = await db.Applications.AsNoTracking().Where(a => a.CycleId == cycleId).Select(a => a.Status).ToListAsync();
            Assert.Equal(Enumerable.Repeat(ApplicationStatus.Certified, Applicants), applications);
            var certificates = await db.Certificates.AsNoTracking().Where(c => c.CycleId == cycleId).ToListAsync();
            Assert.Equal(Applicants, certificates.Select(c => c.HolderEmployeeId).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, Applicants), certificates.Select(c => c.Number.Serial).Order());
            Assert.Equal(Applicants, certificates.Select(c => c.Number.Value).Distinct().Count());

            var mails = await db.OutboxMessages.AsNoTracking().ToListAsync();
            Assert.All(mails.GroupBy(m => (m.EnterpriseId, m.DedupKey)), g => Assert.Single(g));
            Assert.Equal(Applicants, mails.Count(m => m.Kind == MailEvent.CertificateIssued));
            Assert.Equal(Applicants, mails.Count(m => m.Kind == MailEvent.PublicityStarted));
        }

        // What `audit verify` runs, in process: a verb process per round would double the test's time.
        await using var verifying = database.NewContext();
        var report = await new AuditVerifier(verifying).VerifyAsync();
        Assert.True(report.IsIntact, $"round {round}: {report.Code} {report.Message}");
    }

    private static async Task<bool> ConcludedAsync(TestDatabase database, Guid cycleId)
    {
        await using var db = database.NewContext();
        return (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycleId)).History.Any(e => e.What == CycleEventKind.Concluded);
    }

    private static async Task<bool> NoticeConcludedAsync(TestDatabase database, Guid cycleId)
    {
        await using var db = database.NewContext();
        return await db.PublicityNotices.AsNoTracking().AnyAsync(n => n.CycleId == cycleId && n.ConcludedAt != null);
    }

    private static async Task WaitForConclusionAsync(TestDatabase database, Guid cycleId, ServiceNode node)
    {
        var watch = Stopwatch.StartNew();
        while (!await ConcludedAsync(database, cycleId))
        {
            if (node.HasExited || watch.Elapsed > TimeSpan.FromSeconds(40))
                Assert.Fail("publicity was not concluded:\n" + node.Output);
            await Task.Delay(50);
        }
    }

    /// <summary>A consistent copy of the prepared database (VACUUM INTO); Hangfire's jobs live in their own file and are re-armed by the start-up reconcile.</summary>
    private static void Copy(TestDatabase from, TestDatabase to)
    {
        using var connection = new SqliteConnection($"Data Source={from.Options.SqlitePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO @target";
        command.Parameters.AddWithValue("@target", to.Options.SqlitePath);
        command.ExecuteNonQuery();
    }

    /// <summary>In process, as PipelineSpecs does: three senior technicians apply, are reviewed and go into publicity.</summary>
    private static async Task<(string Key, Guid CycleId)> PrepareAsync(TestDatabase database)
    {
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        await using var host = await CycleHost.StartAsync(database, clock);
        var (_, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var client = host.Client(key);
        (await client.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))))).EnsureSuccessStatusCode();
        var schemeId = await host.PublishedSchemeAsync(key, PipelineJourney.Scheme);
        var cycleId = await CycleProbe.CreateAsync(host, key, schemeId);

        await StepToAsync(host, clock, cycleId, new DateOnly(2026, 6, 11));
        foreach (var number in PipelineJourney.SeniorTechniciansInPostSince2020().Take(Applicants))
        {
            var submitted = await client.PostAsJsonAsync($"/api/cycles/{cycleId}/applications",
                new { employeeNumber = number, education = "大专", department = "机加工车间", expertise = "精密车削", pledged = true });
            Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        }
        await StepToAsync(host, clock, cycleId, new DateOnly(2026, 6, 13));
        await PipelineJourney.ReviewEveryoneAsync(client, cycleId);   // issue 18: a real review, not an empty one
        (await client.PostAsJsonAsync($"/api/cycles/{cycleId}/review/list", new { })).EnsureSuccessStatusCode();
        await StepToAsync(host, clock, cycleId, new DateOnly(2026, 6, 16));
        var status = (await (await client.GetAsync($"/api/cycles/{cycleId}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
        Assert.Equal(nameof(CycleStatus.Publicity), status);
        await host.StopAsync();
        SqliteConnection.ClearAllPools();
        return (key, cycleId);
    }

    private static async Task StepToAsync(CycleHost host, SimulatedClock clock, Guid cycleId, DateOnly day)
    {
        clock.JumpTo(ChinaTime.At(day, new TimeOnly(12, 0)));
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CycleScheduler>().RunDueStepsAsync(cycleId, CancellationToken.None);
    }
}
