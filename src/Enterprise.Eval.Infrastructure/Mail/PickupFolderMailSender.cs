using System.Net.Mail;
using Enterprise.Eval.Application.Notifications;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// The embedded default: writes each mail as an .eml file into Mail:PickupFolder, so a new installation shows every
/// mail without a server (open the files with any mail program, or let a relay pick them up).
/// </summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
        var folder = Path.GetFullPath(o.PickupFolder);
        Directory.CreateDirectory(folder);
        using var message = MailMessageFactory.Create(mail, o);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        await client.SendMailAsync(message, ct);
    }
}
