namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// Hands mails to the delivery channel. Throws when a mail was not accepted; the dispatcher then retries later.
/// Implementations must be safe to call concurrently and must send the given Message-ID unchanged.
/// </summary>
public interface IMailSender
{
    /// <summary>Delivers one mail on its own (a connection of its own, where the channel has connections).</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken ct);

    /// <summary>
    /// Opens a session for one dispatch batch: every mail of the batch goes through it, and disposing it ends the
    /// session. A channel with connections overrides this to keep one open for the whole batch; the default sends each
    /// mail with <see cref="SendAsync"/>.
    /// </summary>
    Task<IMailBatch> OpenBatchAsync(CancellationToken ct) => Task.FromResult<IMailBatch>(new OneByOneMailBatch(this));
}
