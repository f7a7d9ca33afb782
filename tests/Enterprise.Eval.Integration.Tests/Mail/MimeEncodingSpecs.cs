using System.Text;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// What arrives, read back by MimeKit's own parser rather than the test kit's reader: Chinese subject and display
/// names, the Message-ID and event header, both alternatives; as RFC 2047 words for a plain server, as raw UTF-8
/// where the server offers SMTPUTF8; and the same for the pickup folder's .eml files.
/// </summary>
public sealed class MimeEncodingSpecs
{
    private static readonly Dictionary<string, object?> WindowModel = new()
    {
        ["cycleName"] = "2026年度特级技师评价",
        ["opensOn"] = new DateOnly(2026, 3, 2),
        ["closesOn"] = new DateOnly(2026, 3, 31),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeliveredMail_DecodesWithMimeKit_ToTheChineseSubjectNamesAndBothAlternatives(bool serverOffersSmtpUtf8)
    {
        using var server = SmtpServer.Start(smtpUtf8: serverOffersSmtpUtf8);
        await using var host = await MailTestHost.StartAsync(MailTestHost.Smtp(server));
        await host.NotifyAsync(MailEvent.WindowOpened, "cycle-2026", [MailRecipient.ForEmployee("E001", "张三", "zhangsan@jinggong.example")], WindowModel);

        await host.Dispatcher.DrainAsync();

        var row = Assert.Single(await host.MessagesAsync());
        var file = Assert.Single(server.DeliveredFiles());
        using var mail = await MimeMessage.LoadAsync(file);
        Assert.Equal("【福州精工机械有限公司】2026年度特级技师评价申报开始", mail.Subject);
        var from = Assert.Single(mail.From.Mailboxes);
        Assert.Equal(("精工人力资源部", "hr-eval@jinggong.example"), (from.Name, from.Address));
        var to = Assert.Single(mail.To.Mailboxes);
        Assert.Equal(("张三", "zhangsan@jinggong.example"), (to.Name, to.Address));
        Assert.Equal(row.MessageId, mail.Headers[HeaderId.MessageId]);
        Assert.Equal("window-opened", mail.Headers["X-Eval-Event"]);
        var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains("申报时间：2026年3月2日至2026年3月31日", mail.TextBody);
        Assert.Contains("<strong>2026年度特级技师评价</strong>", mail.HtmlBody);

        var headerBlock = HeaderBlock(await File.ReadAllBytesAsync(file));
        if (serverOffersSmtpUtf8)
            Assert.Contains("Subject: 【福州精工机械有限公司】2026年度特级技师评价申报开始", Encoding.UTF8.GetString(headerBlock));
        else
            Assert.All(headerBlock, b => Assert.True(b < 0x80, "a header byte outside ASCII went to a server without SMTPUTF8"));
    }

    [Fact]
    public async Task PickupSender_WritesAnEmlThatMimeKitReadsBack_AndLeavesNoPartialFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eval-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new PickupFolderMailSender(Options.Create(new MailOptions { PickupFolder = folder, FromName = "技能人才评价" }));

            await sender.SendAsync(new OutgoingMail("<cert-1@enterprise-eval>", "lisi@jinggong.example", "李四", "【精工】证书已核发", "李四：证书已核发。", "<p>李四：证书已核发。</p>", "certificate-issued"), CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file);
            using var mail = await MimeMessage.LoadAsync(file);
            Assert.Equal("【精工】证书已核发", mail.Subject);
            Assert.Equal("技能人才评价", Assert.Single(mail.From.Mailboxes).Name);
            Assert.Equal("李四", Assert.Single(mail.To.Mailboxes).Name);
            Assert.Equal("<cert-1@enterprise-eval>", mail.Headers[HeaderId.MessageId]);
            Assert.Equal("certificate-issued", mail.Headers["X-Eval-Event"]);
            Assert.Equal("李四：证书已核发。", mail.TextBody);
            Assert.Equal("<p>李四：证书已核发。</p>", mail.HtmlBody);
            Assert.All(HeaderBlock(await File.ReadAllBytesAsync(file)), b => Assert.True(b < 0x80, "an .eml header byte outside ASCII"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] HeaderBlock(byte[] raw)
    {
        var text = Encoding.Latin1.GetString(raw);
        var end = text.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return raw[..(end < 0 ? raw.Length : end)];
    }
}
