using Microsoft.EntityFrameworkCore;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>The dispatcher against a real SMTP server (aiosmtpd), reading back what the server stored.</summary>
public sealed class SmtpDeliveryTests
{
    private static readonly Dictionary<string, object?> WindowModel = new()
    {
        ["cycleName"] = "2026年度特级技师评价",
        ["opensOn"] = new DateOnly(2026, 3, 2),
        ["closesOn"] = new DateOnly(2026, 3, 31),
    };

    [Fact]
    public async Task Dispatch_DeliversChineseMailWithItsMessageId_WhenServerIsUp()
    {
        using var server = SmtpServer.Start();
        await using var host = await MailTestHost.StartAsync(MailTestHost.Smtp(server));
        await host.NotifyAsync(MailEvent.WindowOpened, "cycle-2026", [MailRecipient.ForEmployee("E001", "张三", "zhangsan@jinggong.example")], WindowModel);

        await host.Dispatcher.DrainAsync();

        var row = Assert.Single(await host.MessagesAsync());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        var mail = Assert.Single(server.Delivered());
        Assert.Equal(row.MessageId, mail.MessageId);
        Assert.Equal("【福州精工机械有限公司】2026年度特级技师评价申报开始", mail.Subject);
        Assert.Contains("精工人力资源部", mail.From);
        Assert.Contains("<hr-eval@jinggong.example>", mail.From);
        Assert.Contains("张三", mail.To);
        Assert.Contains("zhangsan@jinggong.example", mail.To);
        Assert.Equal("utf-8", mail.TextCharset, ignoreCase: true);
        Assert.Equal("utf-8", mail.HtmlCharset, ignoreCase: true);
        Assert.Contains("张三：", mail.Text);
        Assert.Contains("申报时间：2026年3月2日至2026年3月31日", mail.Text);
        Assert.Contains("<strong>2026年度特级技师评价</strong>", mail.Html);
    }

    [Fact]
    public async Task Dispatch_DeliversEachMessageExactlyOnce_WhenServerComesBackAfterAnOutage()
    {
        using var server = SmtpServer.Start();
        await using var host = await MailTestHost.StartAsync(MailTestHost.Smtp(server));
        var recipients = Enumerable.Range(1, 5).Select(i => MailRecipient.ForEmployee($"E00{i}", $"职工{i}", $"worker{i}@jinggong.example")).ToList();
        await host.NotifyAsync(MailEvent.WindowOpened, "cycle-2026", recipients, WindowModel);
        server.Stop();

        Assert.Equal(5, await host.Dispatcher.DispatchDueAsync());
        var afterOutage = await host.MessagesAsync();
        Assert.All(afterOutage, m =>
        {
            Assert.Equal(OutboxStatus.Pending, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.Equal(MailTestHost.Start.AddSeconds(60), m.NextAttemptAt);
            Assert.False(string.IsNullOrEmpty(m.LastError));
        });
        Assert.Equal(0, await host.Dispatcher.DispatchDueAsync()); // backing off: nothing due yet

        server.Resume();
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        await host.Dispatcher.DrainAsync();
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.Dispatcher.DrainAsync();

        var rows = await host.MessagesAsync();
        Assert.All(rows, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var delivered = server.Delivered();
        Assert.Equal(5, delivered.Count);
        Assert.Equal(rows.Select(m => m.MessageId).Order(), delivered.Select(d => d.MessageId).Order());
    }

    [Fact]
    public async Task Dispatch_MarksFailedAfterMaxAttempts_AndRetrySendsIt()
    {
        using var server = SmtpServer.Start();
        await using var host = await MailTestHost.StartAsync(MailTestHost.Smtp(server, maxAttempts: 2));
        await host.NotifyAsync(MailEvent.WindowOpened, "cycle-2026", [MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")], WindowModel);
        server.Stop();

        await host.Dispatcher.DrainAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(60));
        await host.Dispatcher.DrainAsync();

        var failed = Assert.Single(await host.MessagesAsync());
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(2, failed.Attempts);
        var listed = Assert.Single(await host.InScopeAsync(sp => sp.GetRequiredService<MailFailures>().ListAsync(host.EnterpriseId)));
        Assert.Equal(failed.Id, listed.Id);
        Assert.Equal("发送失败", listed.Status);

        server.Resume();
        await host.InScopeAsync(async sp => { await sp.GetRequiredService<MailFailures>().RetryAsync(host.EnterpriseId, failed.Id, "test"); return 0; });
        var requeued = await host.InScopeAsync(sp => sp.GetRequiredService<Infrastructure.Persistence.EvalDbContext>().AuditRecords
            .AsNoTracking().SingleAsync(a => a.Action == "mail.requeued"));
        Assert.Equal(("test", failed.Id.ToString()), (requeued.Actor, requeued.EntityId));
        Assert.Contains("\"Attempts\":2", requeued.Before);
        await host.Dispatcher.DrainAsync();

        Assert.Equal(OutboxStatus.Sent, Assert.Single(await host.MessagesAsync()).Status);
        Assert.Equal(failed.MessageId, Assert.Single(server.Delivered()).MessageId);
    }

    [Fact]
    public async Task Dispatch_SendsACopyWithTheSameMessageId_WhenTheProcessStoppedBetweenSendingAndMarking()
    {
        using var server = SmtpServer.Start();
        var crashing = new CrashAfterSendSender();
        await using var host = await MailTestHost.StartAsync(MailTestHost.Smtp(server), crashing);
        crashing.Inner = new Infrastructure.Mail.SmtpMailSender(host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.Mail.MailOptions>>());
        await host.NotifyAsync(MailEvent.WindowOpened, "cycle-2026", [MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")], WindowModel);

        using (var stopping = new CancellationTokenSource())
        {
            crashing.Stopping = stopping;
            await host.Dispatcher.DispatchDueAsync(stopping.Token);
        }
        Assert.Equal(OutboxStatus.Sending, Assert.Single(await host.MessagesAsync()).Status);
        Assert.Equal(0, await host.Dispatcher.DispatchDueAsync()); // still leased

        crashing.Stopping = null;
        host.Clock.Advance(TimeSpan.FromSeconds(301));
        await host.Dispatcher.DrainAsync();

        var row = Assert.Single(await host.MessagesAsync());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        var copies = server.Delivered();
        Assert.Equal(2, copies.Count);
        Assert.All(copies, c => Assert.Equal(row.MessageId, c.MessageId));
    }

    /// <summary>Delivers, then behaves like a process told to stop before it could record the delivery.</summary>
    private sealed class CrashAfterSendSender : IMailSender
    {
        public IMailSender Inner { get; set; } = null!;
        public CancellationTokenSource? Stopping { get; set; }

        public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
        {
            await Inner.SendAsync(mail, CancellationToken.None);
            if (Stopping is null) return;
            await Stopping.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }
    }
}
