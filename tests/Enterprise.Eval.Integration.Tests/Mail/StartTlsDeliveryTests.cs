using System.Net.Security;
using System.Net;
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
        var thumbprint = server.Certificate!.Thumbprint;
        // SmtpClient validates through ServicePointManager; trust exactly this test certificate, nothing else extra.
#pragma warning disable SYSLIB0014
        var previous = ServicePointManager.ServerCertificateValidationCallback;
        ServicePointManager.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
            errors == SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == thumbprint);
        try
        {
            var plain = MailTestHost.Smtp(server, maxAttempts: 1);
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
        finally
        {
            ServicePointManager.ServerCertificateValidationCallback = previous;
#pragma warning restore SYSLIB0014
        }
    }
}
