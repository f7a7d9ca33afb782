using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Domain.SchemeDocuments.Events;

namespace Enterprise.Eval.Application.SchemeDocuments.Consequences;

/// <summary>
/// The audit record of each stored-scheme transition, named by its action (scheme.uploaded, scheme.submitted …), with
/// the state the audit trail has always held for it; the actor is the one the use case saved with (api, cli,
/// assessor:&lt;name&gt; …). A submission also names the assessor it went to.
/// </summary>
public sealed class AuditOnSchemeTransition(AuditTrail audit)
    : IDomainEventHandler<SchemeUploaded>, IDomainEventHandler<SchemeSubmitted>, IDomainEventHandler<SchemeApproved>,
      IDomainEventHandler<SchemeReturned>, IDomainEventHandler<SchemePublished>
{
    public Task HandleAsync(SchemeUploaded domainEvent, EventContext context, CancellationToken ct)
    {
        var d = domainEvent.Document;
        audit.Record(d.EnterpriseId, context.Actor, "scheme.uploaded", nameof(SchemeDocument), d.Id.ToString(), null,
            new { d.TemplateId, d.Title, d.Year, d.Sha256, d.AssessmentRequired, Status = d.Status });
        return Task.CompletedTask;
    }

    public Task HandleAsync(SchemeSubmitted domainEvent, EventContext context, CancellationToken ct)
    {
        var t = domainEvent.Transition;
        Record(domainEvent.Document, t, context, new { Status = t.To, Comments = t.Note, domainEvent.Document.AssessorId });
        return Task.CompletedTask;
    }

    public Task HandleAsync(SchemeApproved domainEvent, EventContext context, CancellationToken ct) => Moved(domainEvent.Document, domainEvent.Transition, context);

    public Task HandleAsync(SchemeReturned domainEvent, EventContext context, CancellationToken ct) => Moved(domainEvent.Document, domainEvent.Transition, context);

    public Task HandleAsync(SchemePublished domainEvent, EventContext context, CancellationToken ct) => Moved(domainEvent.Document, domainEvent.Transition, context);

    private Task Moved(SchemeDocument document, SchemeDocumentTransition transition, EventContext context)
    {
        Record(document, transition, context, new { Status = transition.To, Comments = transition.Note });
        return Task.CompletedTask;
    }

    private void Record(SchemeDocument document, SchemeDocumentTransition transition, EventContext context, object after) =>
        audit.Record(document.EnterpriseId, context.Actor, transition.Action, nameof(SchemeDocument), document.Id.ToString(),
            new { Status = transition.From }, after);
}
