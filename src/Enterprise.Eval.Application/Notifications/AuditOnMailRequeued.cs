using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Notifications.Events;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>The audit record of putting a failed mail back in the queue (mail.requeued), with what it had been.</summary>
public sealed class AuditOnMailRequeued(AuditTrail audit) : IDomainEventHandler<MailRequeued>
{
    public Task HandleAsync(MailRequeued e, EventContext context, CancellationToken ct)
    {
        var m = e.Message;
        audit.Record(m.EnterpriseId, context.Actor, "mail.requeued", "OutboxMessage", m.Id.ToString(),
            new { status = e.FormerStatus.ToString(), Attempts = e.FormerAttempts, LastError = e.FormerError },
            new { status = m.Status.ToString(), m.Attempts });
        return Task.CompletedTask;
    }
}
