namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// Hands one mail to the delivery channel. Throws when the mail was not accepted; the dispatcher then retries later.
/// Implementations must be safe to call concurrently and must send the given Message-ID unchanged.
/// </summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}
