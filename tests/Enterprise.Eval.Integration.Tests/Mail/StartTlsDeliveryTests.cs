using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>Mail:UseStartTls against a server that refuses mail until the connection is encrypted.</summary>
public sealed class StartTlsDeliveryTests
{
    [Fact]
    public async Task Dispatch_UpgradesWithStartTls_WhenTheServerRequiresIt()
    {
        using var server = SmtpServer.Start(startTls: true);
        // Trust exactly this test certificate besides the system's CAs, through the product's own setting.
        var plain = new Dictionary<string, string?>(MailTestHost.Smtp(server, maxAttempts: 1)) { ["TrustedCertificateFile"] = server.CertificateFile };
        var tls = new Dictionary<string, string?>(plain) { ["UseStartTls"] = "true" };
        await using var withoutTls = await MailTestHost.StartAsync(plain);
        await using var withTls = await MailTestHost.StartAsync(tls);
        MailRecipient[] to = [MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")];
        var model = new Dictionary<string, object?> { ["cycleName"] = "2026年度特级技师评价" };
        await withoutTls.NotifyAsync(MailEvent.WindowOpened, "c1", to, model);
        await withTls.NotifyAsync(MailEvent.WindowOpened, "c1", to, model);

        await withoutTls.Dispatcher.DrainAsync();
        await withTls.Dispatcher.DrainAsync();

        var refused = Assert.Single(await withoutTls.MessagesAsync());
        Assert.Equal(OutboxStatus.Failed, refused.Status);
        Assert.Contains("STARTTLS", refused.LastError, StringComparison.OrdinalIgnoreCase);
        var sent = Assert.Single(await withTls.MessagesAsync());
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(sent.MessageId, Assert.Single(server.Delivered()).MessageId);
    }
}
