using System.Net;
using System.Net.Mail;
using Enterprise.Eval.Application.Notifications;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Delivers through an SMTP server with System.Net.Mail (MailKit cannot be restored here; this class is the one place
/// to swap). SmtpClient is not safe for concurrent sends, so each send uses its own client and connection.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
        using var message = MailMessageFactory.Create(mail, o);
        using var client = new SmtpClient(o.Host, o.Port)
        {
            EnableSsl = o.UseStartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = o.TimeoutSeconds * 1000,
            UseDefaultCredentials = false,
        };
        if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        await client.SendMailAsync(message, ct);
    }
}
