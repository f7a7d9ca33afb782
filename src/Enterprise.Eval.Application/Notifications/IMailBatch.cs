namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// One dispatch batch's delivery session (see <see cref="IMailSender.OpenBatchAsync"/>). Safe to call concurrently;
/// throws for a mail that was not accepted, and the other mails of the batch still go.
/// </summary>
public interface IMailBatch : IAsyncDisposable
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}
