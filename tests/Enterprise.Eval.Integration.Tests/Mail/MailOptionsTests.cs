using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class MailOptionsTests
{
    [Fact]
    public void Validate_AcceptsTheDefaults()
    {
        Assert.Empty(new MailOptions().Validate());
    }

    [Fact]
    public void Validate_NamesTheKeyAndTheFix_WhenSmtpHasNoHost()
    {
        var errors = new MailOptions { Delivery = MailDelivery.Smtp, Host = " " }.Validate().ToList();

        var error = Assert.Single(errors);
        Assert.Contains("Mail:Host", error);
        Assert.Contains("smtp.example.com", error);
    }

    [Fact]
    public void Validate_ReportsEveryBadValue_WithTheValue()
    {
        var errors = new MailOptions { From = "not an address", MaxAttempts = 0, MaxConcurrency = 100, LeaseSeconds = 10 }.Validate().ToList();

        Assert.Contains(errors, e => e.Contains("Mail:From = 'not an address'"));
        Assert.Contains(errors, e => e.Contains("Mail:MaxAttempts = 0"));
        Assert.Contains(errors, e => e.Contains("Mail:MaxConcurrency = 100"));
        Assert.Contains(errors, e => e.Contains("Mail:LeaseSeconds = 10"));
    }

    [Fact]
    public async Task PickupSender_WritesAnEmlFileWithTheMessageId()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eval-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new PickupFolderMailSender(Options.Create(new MailOptions { PickupFolder = folder }));

            await sender.SendAsync(new OutgoingMail("<abc@enterprise-eval>", "zhangsan@jinggong.example", "张三", "证书已核发", "正文 2026年3月2日", "<p>正文</p>"), CancellationToken.None);

            var mail = DeliveredMail.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "*.eml"))));
            Assert.Equal("<abc@enterprise-eval>", mail.MessageId);
            Assert.Equal("证书已核发", mail.Subject);
            Assert.Contains("正文 2026年3月2日", mail.Text);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
