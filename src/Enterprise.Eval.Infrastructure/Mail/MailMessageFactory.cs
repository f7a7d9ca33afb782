using System.Text;
using Enterprise.Eval.Application.Notifications;
using MimeKit;
using MimeKit.Text;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Builds the MimeKit message both senders use: Chinese subject and display names as UTF-8 (RFC 2047 words, or raw
/// UTF-8 where the SMTP server offers SMTPUTF8), text with an HTML alternative, base64 bodies, our Message-ID.
/// </summary>
internal static class MailMessageFactory
{
    /// <summary>Which event a delivered mail announces (the template name, ASCII): for mailbox rules and tests.</summary>
    public const string EventHeader = "X-Eval-Event";

    public static MimeMessage Create(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Encoding.UTF8, options.FromName, options.From));
        message.To.Add(new MailboxAddress(Encoding.UTF8, mail.ToName, mail.ToAddress));
        message.Headers.Replace(HeaderId.Subject, Encoding.UTF8, mail.Subject);
        // Set as the raw header, not through MimeMessage.MessageId, so the stored value goes out byte for byte: a re-send
        // after a crash must carry exactly the same Message-ID for receivers to drop the copy.
        message.Headers.Replace(HeaderId.MessageId, mail.MessageId);
        if (mail.Event is not null) message.Headers.Add(EventHeader, mail.Event);
        message.Body = new MultipartAlternative { Part(TextFormat.Plain, mail.TextBody), Part(TextFormat.Html, mail.HtmlBody) };
        return message;
    }

    // Base64 rather than MimeKit's choice per part: Chinese text is nearly all 8-bit, where base64 is the shortest
    // 7-bit form, and every relay passes it unchanged.
    private static TextPart Part(TextFormat format, string text)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
