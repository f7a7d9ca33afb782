using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class MailDispatcherServiceTests
{
    [Fact]
    public async Task Service_DeliversAMailCommittedWhileItRuns_ToThePickupFolder()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["PollSeconds"] = "0.1" });
        var options = host.Services.GetRequiredService<IOptions<MailOptions>>();
        using var service = new MailDispatcherService(host.Dispatcher, options, host.Clock, NullLogger<MailDispatcherService>.Instance);
        await service.StartAsync(CancellationToken.None);

        await host.NotifyAsync(MailEvent.CertificateIssued, "cert-1", [MailRecipient.ForAddress("zhangsan@jinggong.example", "张三")],
            new Dictionary<string, object?> { ["cycleName"] = "2026年度特级技师评价", ["level"] = "特级技师", ["issuedOn"] = new DateOnly(2026, 6, 1) });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && (await host.MessagesAsync()).Single().Status != OutboxStatus.Sent) await Task.Delay(50);
        await service.StopAsync(CancellationToken.None);

        var row = Assert.Single(await host.MessagesAsync());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        var eml = DeliveredMail.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(options.Value.PickupFolder, "*.eml"))));
        Assert.Equal(row.MessageId, eml.MessageId);
        Assert.Equal("【福州精工机械有限公司】您的特级技师职业技能等级证书已核发", eml.Subject);
    }
}
