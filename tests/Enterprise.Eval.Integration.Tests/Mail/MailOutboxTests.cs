using Microsoft.Extensions.DependencyInjection;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class MailOutboxTests
{
    private static readonly Dictionary<string, object?> Verdict = new()
    {
        ["cycleName"] = "2026年度特级技师评价",
        ["passed"] = false,
        ["reasons"] = new[] { "取得高级技师证书后从事本职业工作不满3年" },
    };

    [Fact]
    public async Task AddAsync_WritesNothing_UntilTheCallerSaves()
    {
        await using var host = await MailTestHost.StartAsync();
        var pendingBeforeSave = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IEvalDbContext>();
            await sp.GetRequiredService<MailOutbox>().AddAsync(new Notification(MailEvent.ScreeningVerdict, host.EnterpriseId, "app-1",
                [MailRecipient.ForEmployee("E001", "张三", "zhangsan@jinggong.example")], Verdict));
            return await db.OutboxMessages.CountAsync(); // a query sees only what is committed
        });

        Assert.Equal(0, pendingBeforeSave);
        Assert.Empty(await host.MessagesAsync());
    }

    [Fact]
    public async Task AddAsync_QueuesOnce_WhenTheSameEventReachesTheSameRecipientAgain()
    {
        await using var host = await MailTestHost.StartAsync();
        MailRecipient[] zhang = [MailRecipient.ForEmployee("E001", "张三", "zhangsan@jinggong.example")];

        var first = await host.NotifyAsync(MailEvent.ScreeningVerdict, "app-1", zhang, Verdict);
        var again = await host.NotifyAsync(MailEvent.ScreeningVerdict, "app-1", zhang, Verdict);
        var inOneUnit = await host.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<MailOutbox>();
            var n = new Notification(MailEvent.ScreeningVerdict, host.EnterpriseId, "app-2", zhang, Verdict);
            await outbox.AddAsync(n);
            var second = await outbox.AddAsync(n);
            await sp.GetRequiredService<IEvalDbContext>().SaveChangesAsync();
            return second;
        });

        Assert.Equal((1, 0), (first.Queued, first.Duplicates));
        Assert.Equal((0, 1), (again.Queued, again.Duplicates));
        Assert.Equal((0, 1), (inOneUnit.Queued, inOneUnit.Duplicates));
        Assert.Equal(2, (await host.MessagesAsync()).Count);
    }

    [Fact]
    public async Task AddAsync_RecordsTheMailForHr_WhenTheEmployeeHasNoAddress()
    {
        await using var host = await MailTestHost.StartAsync();

        var result = await host.NotifyAsync(MailEvent.ScreeningVerdict, "app-1", [MailRecipient.ForEmployee("E002", "李四", null)], Verdict);

        Assert.Equal(["E002"], result.MissingAddress);
        var row = Assert.Single(await host.MessagesAsync());
        Assert.Equal(OutboxStatus.NoAddress, row.Status);
        var listed = Assert.Single(await host.InScopeAsync(sp => sp.GetRequiredService<MailFailures>().ListAsync(host.EnterpriseId)));
        Assert.Equal("缺少邮箱地址", listed.Status);
        Assert.Equal("李四", listed.RecipientName);
        var audit = await host.InScopeAsync(sp => sp.GetRequiredService<IEvalDbContext>().AuditRecords.Where(a => a.Action == "mail.missing-address").ToListAsync());
        Assert.Equal("E002", Assert.Single(audit).EntityId);
        Assert.Equal(0, await host.Dispatcher.DispatchDueAsync());
    }

    [Fact]
    public async Task RetryAsync_RefusesAnotherEnterprisesMail_AsNotFound()
    {
        await using var host = await MailTestHost.StartAsync();
        await host.NotifyAsync(MailEvent.ScreeningVerdict, "app-1", [MailRecipient.ForEmployee("E002", "李四", null)], Verdict);
        var id = Assert.Single(await host.MessagesAsync()).Id;

        await Assert.ThrowsAsync<NotFoundException>(() =>
            host.InScopeAsync(async sp => { await sp.GetRequiredService<MailFailures>().RetryAsync(Guid.NewGuid(), id, "test"); return 0; }));
    }

    [Fact]
    public async Task AddHrDigestAsync_CountsFailedMails_AndQueuesOncePerDay()
    {
        await using var host = await MailTestHost.StartAsync();
        await host.NotifyAsync(MailEvent.ScreeningVerdict, "app-1", [MailRecipient.ForEmployee("E002", "李四", null)], Verdict);
        var hr = MailRecipient.ForAddress("hr@jinggong.example", "人力资源部");
        var day = new DateOnly(2026, 3, 2);

        async Task<NotificationResult> Digest() => await host.InScopeAsync(async sp =>
        {
            var r = await sp.GetRequiredService<MailOutbox>().AddHrDigestAsync(host.EnterpriseId, day, new HrDigestCounts(7, 2, 1), hr);
            await sp.GetRequiredService<IEvalDbContext>().SaveChangesAsync();
            return r;
        });
        var first = await Digest();
        var second = await Digest();

        Assert.Equal(1, first.Queued);
        Assert.Equal(1, second.Duplicates);
        var digest = (await host.MessagesAsync()).Single(m => m.Kind == MailEvent.HrDigest);
        Assert.Equal("【福州精工机械有限公司】评价工作日报（2026年3月2日）", digest.Subject);
        Assert.Contains("新收申报：7 份", digest.TextBody);
        Assert.Contains("发送失败或缺少邮箱的邮件：1 封", digest.TextBody);
        Assert.Equal($"hr-digest:{host.EnterpriseId}:2026-03-02", digest.DedupKey);
    }
}
