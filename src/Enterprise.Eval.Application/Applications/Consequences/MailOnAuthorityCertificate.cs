using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Applications.Events;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>
/// The certificate mail for a certificate an authority issued (issue 19 point 2): the authority's name, the
/// certificate's own name and the number the authority gave, once per number. A "not confirmed" decision is not mailed
/// here: the unit tells the applicant with the authority's reasons.
/// </summary>
public sealed class MailOnAuthorityCertificate(IEvalDbContext db, MailOutbox outbox, ApplicationSubjects subjects, ApplicantStatusLinks links)
    : IDomainEventHandler<AuthorityDecisionRecorded>
{
    public async Task HandleAsync(AuthorityDecisionRecorded domainEvent, EventContext context, CancellationToken ct)
    {
        var application = domainEvent.Application;
        if (domainEvent.Transition.To != ApplicationStatus.Certified || application.AuthorityCertificateNumber is not { } number) return;
        var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == application.CycleId, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var rules = StoredSchemes.Of(document)?.Certificate;
        var employee = await subjects.EmployeeAsync(application.EmployeeId, ct);
        var statusUrls = await links.UrlsForAsync([application.Id], ct);
        await outbox.AddAsync(new Notification(MailEvent.CertificateIssued, application.EnterpriseId, $"{application.Id:N}:authority:{number}",
            [MailRecipient.ForEmployee(employee)],
            new Dictionary<string, object?>
            {
                ["cycleName"] = document.Title, ["level"] = document.TargetLevel.ChineseName(), ["issuedOn"] = application.AuthorityDecidedOn,
                ["certificateNumber"] = number, ["issuer"] = rules?.Authority, ["certificateName"] = rules?.CertificateTitle,
                ["statusUrl"] = statusUrls.GetValueOrDefault(application.Id),
            }), ct);
    }
}
