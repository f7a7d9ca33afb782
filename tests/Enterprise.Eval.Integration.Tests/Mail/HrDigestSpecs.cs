using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Pipeline;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Hangfire;
using Hangfire.Storage;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// The daily HR digest: ONE outbox row per enterprise and China day however many workers write it, none before the
/// configured time, none (with a warning) for an enterprise without an HR contact, and counts of what needs attention.
/// </summary>
public sealed class HrDigestSpecs
{
    // The digest job runs on its own trigger too; 23:59 keeps it out of the way so each spec decides when digests are written.
    private static readonly Dictionary<string, string?> QuietJob = new() { ["Mail:DigestTime"] = "23:59" };

    [Fact]
    public async Task WriteDue_RunByTwoWorkersAtOnce_WritesOneDigestPerEnterpriseAndDay_AndSkipsTheOneWithoutHr()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 30)));
        await using var host = await CycleHost.StartAsync(database, clock, QuietJob);
        var (jia, _) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43", "王芳", "hr@jia.example");
        var (yi, _) = await host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");

        var runs = await Task.WhenAll(WriteAsync(host), WriteAsync(host));
        var again = await WriteAsync(host);
        clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 2), new TimeOnly(8, 30)));
        var nextDay = await WriteAsync(host);

        await using var db = database.NewContext();
        var digests = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MailEvent.HrDigest).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([$"hr-digest:{jia}:2026-06-01", $"hr-digest:{jia}:2026-06-02"], digests.Select(m => m.DedupKey));
        Assert.All(digests, m => Assert.Equal(("hr@jia.example", "王芳"), (m.RecipientAddress, m.RecipientName)));
        Assert.Equal(1, runs.Sum(r => r.Written.Count));
        Assert.Equal([jia], again.AlreadyWritten);
        Assert.Equal([jia], nextDay.Written);
        Assert.All(runs.Append(again).Append(nextDay), r => Assert.Equal([yi], r.NoHrContact));
        Assert.Contains(host.Logs.Entries, l => l.Level == LogLevel.Warning && l.Message.Contains(yi.ToString()) && l.Message.Contains("no HR contact"));
    }

    [Fact]
    public async Task WriteDue_BeforeTheConfiguredTime_WritesNothing()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(7, 59)));
        await using var host = await CycleHost.StartAsync(database, clock, QuietJob);
        await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43", "王芳", "hr@jia.example");

        var early = await WriteAsync(host);
        clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var onTime = await WriteAsync(host);

        Assert.Empty(early.Written);
        Assert.Single(onTime.Written);
    }

    [Fact]
    public async Task Digest_CountsApplicationsSinceTheLastDigest()
    {
        await using var journey = await PipelineJourney.StartAsync(QuietJob, withHrContact: true);
        await journey.StepToAsync(new DateOnly(2026, 6, 10), CycleStatus.Open);
        await journey.SubmitAsync(journey.Applicants[0]);
        await journey.SubmitAsync(journey.Applicants[1]);
        await WriteAsync(journey.Host);
        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        await journey.SubmitAsync(journey.Applicants[2]);
        await WriteAsync(journey.Host);

        await using var db = journey.Database.NewContext();
        var digests = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MailEvent.HrDigest).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(2, digests.Count);
        Assert.Contains("2026年6月10日评价工作概况", digests[0].TextBody);
        Assert.Contains("新收申报：2 份", digests[0].TextBody);
        Assert.Contains("新收申报：1 份", digests[1].TextBody);
        Assert.Contains("待处理异议：0 件", digests[1].TextBody);
        Assert.Equal(PipelineJourney.HrEmail, digests[1].RecipientAddress);
    }

    [Fact]
    public async Task Digest_CountsSinceTheLastDigest_NotSinceAnotherHrMailOfTheSameKind()
    {
        await using var journey = await PipelineJourney.StartAsync(QuietJob, withHrContact: true);
        await journey.StepToAsync(new DateOnly(2026, 6, 10), CycleStatus.Open);
        await journey.SubmitAsync(journey.Applicants[0]);
        await WriteAsync(journey.Host);
        await journey.StepToAsync(new DateOnly(2026, 6, 11), CycleStatus.Open);
        await journey.SubmitAsync(journey.Applicants[1]);
        await using (var scope = journey.Host.Services.CreateAsyncScope())
        {
            // Publicity writes an HR mail of the digest's kind when it is held; it is not a digest.
            await scope.ServiceProvider.GetRequiredService<MailOutbox>().AddAsync(new Notification(MailEvent.HrDigest, journey.EnterpriseId,
                "publicity-held:spec", [MailRecipient.ForAddress(PipelineJourney.HrEmail, "人力资源部")], new Dictionary<string, object?>
                {
                    ["day"] = new DateOnly(2026, 6, 11), ["newApplications"] = 0, ["returnedMaterials"] = 0, ["openObjections"] = 1, ["failedMails"] = 0,
                }));
            await scope.ServiceProvider.GetRequiredService<Application.Abstractions.IEvalDbContext>().SaveChangesAsync();
        }

        await WriteAsync(journey.Host);

        await using var db = journey.Database.NewContext();
        var key = OutboxMessage.HrDigestKeyOf(journey.EnterpriseId, new DateOnly(2026, 6, 11));
        Assert.Contains("新收申报：1 份", (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupKey == key)).TextBody);
    }

    [Fact]
    public async Task DigestJob_FiredByTheServicesScheduler_WritesTheDigest()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new SimulatedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(9, 0)));
        await using var host = await CycleHost.StartAsync(database, clock);
        var (jia, _) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43", "王芳", "hr@jia.example");

        using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == HrDigestJob.DailyId && j.Cron == "0 8 * * *" && j.TimeZoneId is "Asia/Shanghai" or "China Standard Time");
        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(HrDigestJob.DailyId);

        var key = OutboxMessage.HrDigestKeyOf(jia, new DateOnly(2026, 6, 1));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = database.NewContext();
            if (await db.OutboxMessages.AnyAsync(m => m.DedupKey == key)) break;
            Assert.True(DateTime.UtcNow < deadline, "the job wrote no digest within 30 s");
            await Task.Delay(200);
        }
    }

    private static async Task<HrDigestRun> WriteAsync(CycleHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HrDigest>().WriteDueAsync(new TimeOnly(8, 0));
    }
}
