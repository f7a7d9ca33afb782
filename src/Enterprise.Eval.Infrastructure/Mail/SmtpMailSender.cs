using Enterprise.Eval.Application.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Delivers through an SMTP server with MailKit. A dispatch batch keeps one connection open for all its mails (see
/// <see cref="SmtpMailBatch"/>): connecting, TLS and AUTH once per batch rather than once per mail is most of the
/// difference between a few dozen and about a thousand mails a second.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender>? log = null) : IMailSender
{
    private readonly SmtpServerTrust _trust = SmtpServerTrust.From(options.Value.TrustedCertificateFile);
    private readonly ILogger _log = log ?? NullLogger<SmtpMailSender>.Instance;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        await using var batch = Open();
        await batch.SendAsync(mail, ct);
    }

    public Task<IMailBatch> OpenBatchAsync(CancellationToken ct) => Task.FromResult<IMailBatch>(Open());

    private SmtpMailBatch Open() => new(options.Value, _trust, _log);
}
