using Enterprise.Eval.Application.Notifications;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// The embedded default: writes each mail as an .eml file into Mail:PickupFolder, so a new installation shows every
/// mail without a server (open the files with any mail program, or let a relay pick them up). The file is written
/// under a temporary name and renamed when complete, so a relay watching the folder never takes half a mail.
/// </summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
        var folder = Path.GetFullPath(o.PickupFolder);
        Directory.CreateDirectory(folder);
        using var message = MailMessageFactory.Create(mail, o);
        var name = Guid.NewGuid().ToString("N");
        var partial = Path.Combine(folder, name + ".tmp");
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, useAsync: true))
                await message.WriteToAsync(file, ct);
            File.Move(partial, Path.Combine(folder, name + ".eml"));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
