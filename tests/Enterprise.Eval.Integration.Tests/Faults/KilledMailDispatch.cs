using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// kill -9 of the running service right after the dispatcher has handed the first mails of a batch to the SMTP server,
/// then a restart: every queued mail arrives, nothing arrives that the outbox does not hold (so no copy with a new
/// Message-ID), and a mail that does arrive twice — sent, but not yet marked Sent when the process died — carries the
/// same Message-ID both times and arrives at most twice.
/// </summary>
public sealed class KilledMailDispatch
{
    private const int Messages = 60;

    [Fact]
    public async Task WorkerKilledMidBatch_AndRestarted_DeliversEveryMailUnderItsOwnMessageId_AtMostTwice()
    {
        using var server = SmtpServer.Start();
        await using var database = TestDatabase.Sqlite();
        var messageIds = await SeedAsync(database);
        var environment = new Dictionary<string, string>
        {
            ["Http:Url"] = $"http://127.0.0.1:{FreePort()}",
            ["Mail:Delivery"] = "Smtp",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = server.Port.ToString(),
            ["Mail:UseStartTls"] = "false",
            // Paced and in small batches, so the kill lands with some mails sent, some claimed and some still queued;
            // a short lease so the restarted worker reclaims the orphaned batch within seconds.
            ["Mail:MessagesPerSecond"] = "20",
            ["Mail:BatchSize"] = "10",
            ["Mail:MaxConcurrency"] = "2",
            ["Mail:TimeoutSeconds"] = "2",
            ["Mail:LeaseSeconds"] = "3",
            ["Mail:PollSeconds"] = "0.2",
        };

        int deliveredAtKill;
        using (var first = WorkerProcess.Start(database.Options, environment))
        {
            await WaitUntilAsync(() => Delivered(server) > 0, TimeSpan.FromSeconds(30), () => "no mail arrived before the kill:\n" + first.Output);
            first.Kill();
            await first.WaitAsync(TimeSpan.FromSeconds(10));
            deliveredAtKill = Delivered(server);
        }
        Assert.InRange(deliveredAtKill, 1, Messages - 1);   // the kill really landed mid-way

        using (var second = WorkerProcess.Start(database.Options, environment))
            await WaitUntilAsync(() => AllSent(database), TimeSpan.FromSeconds(40), () => "not all rows Sent after the restart:\n" + second.Output);

        var delivered = server.Delivered().Select(m => m.MessageId).ToList();
        Assert.Empty(delivered.Except(messageIds));                          // no copy under a Message-ID the outbox does not hold
        Assert.Empty(messageIds.Except(delivered));                          // every queued mail arrived
        Assert.All(delivered.GroupBy(id => id), g => Assert.InRange(g.Count(), 1, 2));   // a re-send is one copy, same Message-ID
    }

    private static async Task<List<string>> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var enterprise = RegisteredEnterprise.Register(new EnterpriseRegistration("甲机械有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32",
            "000123", "江苏省职业技能鉴定中心", "苏评备-0001", new DateOnly(2026, 1, 5)), DateTimeOffset.UtcNow);
        db.Enterprises.Add(enterprise);
        var now = DateTimeOffset.UtcNow;
        var rows = Enumerable.Range(1, Messages).Select(i => OutboxMessage.Queue(enterprise.Id, MailEvent.WindowOpened,
            $"window-opened|kill-test|emp:E{i:00000}", $"e{i:00000}@jiajixie.example", $"职工{i}", "【甲机械有限公司】评价申报开始", $"职工{i}：申报开始。",
            $"<p>职工{i}：申报开始。</p>", now)).ToList();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.MessageId).ToList();
    }

    private static bool AllSent(TestDatabase database)
    {
        using var db = database.NewContext();
        return db.OutboxMessages.AsNoTracking().All(m => m.Status == OutboxStatus.Sent);
    }

    private static int Delivered(SmtpServer server) => Directory.Exists(server.NewFolder) ? Directory.GetFiles(server.NewFolder).Length : 0;

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> failure)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, failure());
            await Task.Delay(25);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
