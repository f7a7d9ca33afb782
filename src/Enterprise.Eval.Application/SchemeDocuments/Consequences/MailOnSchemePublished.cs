using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Application.Notifications.Models;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.SchemeDocuments.Events;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.SchemeDocuments.Consequences;

/// <summary>
/// The published scheme (004 二(二) 向全体职工公示; 003 四(一) 向职工公开) is mailed to the staff it concerns: everyone
/// whom whole-roster screening does not rule out on the day of publishing, as the window-opened mail chooses them
/// (eligible, or only facts or HR's word missing). Every employee can read it through the HR platform
/// (GET /api/schemes/published); the mail goes once per scheme and employee, in the publishing's own save.
/// </summary>
public sealed class MailOnSchemePublished(IEvalDbContext db, RosterApplicants roster, MailOutbox outbox, TimeProvider clock)
    : IDomainEventHandler<SchemePublished>
{
    public async Task HandleAsync(SchemePublished domainEvent, EventContext context, CancellationToken ct)
    {
        var document = domainEvent.Document;
        if (StoredSchemes.Of(document) is not { } scheme) return;
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var prepared = EligibilityEngine.Prepare(scheme);
        var concerned = (await roster.LoadAsync(document.EnterpriseId, ct))
            .Where(facts => EligibilityEngine.Evaluate(prepared, facts, today).Kind != VerdictKind.Ineligible)
            .Select(facts => facts.EmployeeNumber).ToHashSet();
        var to = (await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == document.EnterpriseId).ToListAsync(ct))
            .Where(e => concerned.Contains(e.EmployeeNumber)).OrderBy(e => e.EmployeeNumber, StringComparer.Ordinal)
            .Select(MailRecipient.ForEmployee).ToList();
        if (to.Count == 0) return;
        await outbox.AddAsync(Notification.Of(MailEvent.SchemePublished, document.EnterpriseId, $"{document.Id:N}:scheme-published", to,
            new SchemePublishedMail(document.Title, document.Year, document.TargetLevel.ChineseName(), today)), ct);
    }
}
