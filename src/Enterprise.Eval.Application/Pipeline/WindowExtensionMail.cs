using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Pipeline;

/// <summary>
/// Tells everyone the window concerns that it was extended: each employee with a live application in the cycle and
/// each recipient of the window-opened mail. Adds the mails to the unit of work; the caller saves them with the cycle.
/// </summary>
public sealed class WindowExtensionMail(IEvalDbContext db, MailOutbox outbox)
{

    /// <summary>
    /// Adds the mails of one extension. The event key carries the extension's ordinal in the cycle's history, so a second
    /// extension mails everyone again while a retried save of the same extension does not.
    /// </summary>
    public async Task<NotificationResult> AddAsync(EvaluationCycle cycle, DateTimeOffset previousClosesAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (cycle.Timetable is not { } timetable) return new NotificationResult(0, 0, []);
        var ordinal = cycle.History.Count(e => e.What == CycleEventKind.WindowExtended);
        var recipients = await RecipientsAsync(cycle, ct);
        if (recipients.Count == 0) return new NotificationResult(0, 0, []);
        var title = await db.SchemeDocuments.AsNoTracking().Where(d => d.Id == cycle.SchemeId).Select(d => d.Title).FirstAsync(ct);
        return await outbox.AddAsync(new Notification(MailEvent.WindowExtended, cycle.EnterpriseId, $"{cycle.Id:N}:window-extended:{ordinal}", recipients,
            new Dictionary<string, object?>
            {
                ["cycleName"] = title, ["previousClosesOn"] = previousClosesAt, ["closesOn"] = timetable.WindowClosesAt,
            }), ct);
    }

    private async Task<List<MailRecipient>> RecipientsAsync(EvaluationCycle cycle, CancellationToken ct)
    {
        var applicants = await db.Applications.AsNoTracking()
            .Where(a => a.CycleId == cycle.Id && !ApplicationStatuses.Out.Contains(a.Status)).Select(a => a.EmployeeId).ToListAsync(ct);

        // The window-opened mail's own rows say whom it reached; their dedup keys end in the recipient key.
        var announced = OutboxMessage.DedupKeyOf(MailEvent.WindowOpened, $"{cycle.Id:N}:window-opened", "x")[..^1];
        var told = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.EnterpriseId == cycle.EnterpriseId && m.Kind == MailEvent.WindowOpened && m.DedupKey.StartsWith(announced))
            .Select(m => m.DedupKey).ToListAsync(ct);
        var toldNumbers = told.Select(k => k[announced.Length..]).Where(k => k.StartsWith("emp:", StringComparison.Ordinal))
            .Select(k => k[4..]).ToList();

        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.EnterpriseId == cycle.EnterpriseId && (applicants.Contains(e.Id) || toldNumbers.Contains(e.EmployeeNumber)))
            .ToListAsync(ct);
        // The window-opened mail goes to employees only (EvaluationPipeline.AnnounceWindowAsync), so employees are all.
        return employees.OrderBy(e => e.EmployeeNumber, StringComparer.Ordinal).Select(MailRecipient.ForEmployee).ToList();
    }
}
