using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Applications.Events;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>
/// The audit record of each application transition, named by the transition's action, and of HR's decisions on an
/// application (attestations, materials, removal, the ban that follows fraud). The recorded state is the one the audit
/// trail has always held for that action (pinned by the specs), so the chain reads as before.
/// </summary>
public sealed class AuditOnTransition(AuditTrail audit, ApplicationSubjects subjects)
    : IDomainEventHandler<ApplicationSubmitted>, IDomainEventHandler<ApplicationUpdated>, IDomainEventHandler<ApplicationWithdrawn>,
      IDomainEventHandler<ApplicationScreened>, IDomainEventHandler<ApplicationAttested>, IDomainEventHandler<ApplicationReassessed>,
      IDomainEventHandler<ApplicantRemoved>, IDomainEventHandler<MaterialUploaded>, IDomainEventHandler<MaterialReviewed>,
      IDomainEventHandler<BanRecorded>, IDomainEventHandler<AuthorityDecisionRecorded>
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

    public Task HandleAsync(ApplicationAttested e, EventContext context, CancellationToken ct)
    {
        audit.Record(e.Application.EnterpriseId, context.Actor, "application.attested", nameof(SkillApplication), e.Application.Id.ToString(), null,
            new { e.Item, e.Confirmed, e.Reason, Verdict = e.Verdict.Kind, e.Verdict.Summary });
        return Task.CompletedTask;
    }

    public Task HandleAsync(ApplicationReassessed e, EventContext context, CancellationToken ct) => Moved(e.Application, e.Transition, context);

    public Task HandleAsync(ApplicantRemoved e, EventContext context, CancellationToken ct) => Moved(e.Application, e.Transition, context);

    public Task HandleAsync(MaterialUploaded e, EventContext context, CancellationToken ct)
    {
        var file = e.File;
        audit.Record(e.Application.EnterpriseId, context.Actor, "material.uploaded", nameof(SkillApplication), e.Application.Id.ToString(), null,
            new { file.ItemCode, file.Version, file.FileName, file.Sha256, file.SizeBytes });
        return Task.CompletedTask;
    }

    public Task HandleAsync(MaterialReviewed e, EventContext context, CancellationToken ct)
    {
        var file = e.File;
        audit.Record(e.Application.EnterpriseId, context.Actor, e.Accepted ? "material.accepted" : "material.returned", nameof(SkillApplication),
            e.Application.Id.ToString(), null, new { file.ItemCode, file.Version, file.Review, file.ReturnReason, e.Application.IsFrozen });
        return Task.CompletedTask;
    }

    public async Task HandleAsync(BanRecorded e, EventContext context, CancellationToken ct)
    {
        var ban = e.Ban;
        var employee = await subjects.EmployeeAsync(ban.EmployeeId, ct);
        audit.Record(ban.EnterpriseId, context.Actor, ban.BarsApplying ? "ban.recorded" : "credit-record.recorded", nameof(BanRecord), ban.Id.ToString(), null,
            new { employee.EmployeeNumber, ban.StartsOn, ban.EndsOn, ban.Reason });
    }

    private Task Moved(SkillApplication application, ApplicationTransition transition, EventContext context)
    {
        Record(application, transition, context, new { Status = transition.From }, new { Status = transition.To, Reason = transition.Note });
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
