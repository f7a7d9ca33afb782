using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Enterprise.Eval.Application.Notifications;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>Builds the System.Net.Mail message both senders use: UTF-8 everywhere, text with an HTML alternative, our Message-ID.</summary>
internal static class MailMessageFactory
{
    /// <summary>Which event a delivered mail announces (the template name, ASCII): for mailbox rules and tests.</summary>
    public const string EventHeader = "X-Eval-Event";

    public static MailMessage Create(OutgoingMail mail, MailOptions options)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = mail.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.ToAddress, mail.ToName, Encoding.UTF8));
        message.Headers.Add("Message-ID", mail.MessageId);
        if (mail.Event is not null) message.Headers.Add(EventHeader, mail.Event);
        var html = AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.Base64;
        message.AlternateViews.Add(html);
        return message;
    }
}
