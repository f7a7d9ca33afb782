namespace Enterprise.Eval.Application.Notifications;

/// <summary>The default session: nothing to keep open, each mail is sent on its own.</summary>
internal sealed class OneByOneMailBatch(IMailSender sender) : IMailBatch
{
    public Task SendAsync(OutgoingMail mail, CancellationToken ct) => sender.SendAsync(mail, ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
