using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Applications.Events;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>
/// The audit record of each application transition, named by the transition's action. The recorded state is the one
/// the audit trail has always held for that action (pinned by the specs), so the chain reads as before.
/// </summary>
public sealed class AuditOnTransition(AuditTrail audit, ApplicationSubjects subjects)
    : IDomainEventHandler<ApplicationSubmitted>, IDomainEventHandler<ApplicationUpdated>, IDomainEventHandler<ApplicationWithdrawn>,
      IDomainEventHandler<ApplicationScreened>, IDomainEventHandler<AuthorityDecisionRecorded>
{
    public async Task HandleAsync(ApplicationSubmitted domainEvent, EventContext context, CancellationToken ct)
    {
        var application = domainEvent.Application;
        var employee = await subjects.EmployeeAsync(application.EmployeeId, ct);
        Record(application, domainEvent.Transition, context, null, new
        {
            employee.EmployeeNumber, application.CycleId, application.Status,
            Verdict = application.SubmissionVerdict, Summary = application.SubmissionSummary,
        });
    }

    public Task HandleAsync(ApplicationUpdated domainEvent, EventContext context, CancellationToken ct)
    {
        var application = domainEvent.Application;
        Record(application, domainEvent.Transition, context, null,
            new { application.Status, Verdict = application.SubmissionVerdict, Summary = application.SubmissionSummary });
        return Task.CompletedTask;
    }

    public Task HandleAsync(ApplicationWithdrawn domainEvent, EventContext context, CancellationToken ct)
    {
        var transition = domainEvent.Transition;
        Record(domainEvent.Application, transition, context, new { Status = transition.From }, new { Status = transition.To, transition.Note });
        return Task.CompletedTask;
    }

    public Task HandleAsync(ApplicationScreened domainEvent, EventContext context, CancellationToken ct)
    {
        var (transition, verdict) = (domainEvent.Transition, domainEvent.Verdict);
        Record(domainEvent.Application, transition, context, new { Status = transition.From },
            new { Status = transition.To, Verdict = verdict.Kind, verdict.Summary, Held = domainEvent.Gate.Reasons });
        return Task.CompletedTask;
    }

    /// <summary>The authority's decision as recorded, with the number it gave (issue 19 point 2).</summary>
    public Task HandleAsync(AuthorityDecisionRecorded domainEvent, EventContext context, CancellationToken ct)
    {
        var (application, transition) = (domainEvent.Application, domainEvent.Transition);
        Record(application, transition, context, new { Status = transition.From },
            new { Status = transition.To, application.AuthorityCertificateNumber, application.AuthorityDecidedOn, transition.Note });
        return Task.CompletedTask;
    }

    private void Record(SkillApplication application, ApplicationTransition transition, EventContext context, object? before, object after) =>
        audit.Record(application.EnterpriseId, context.Actor, transition.Action, nameof(SkillApplication), application.Id.ToString(), before, after);
}
