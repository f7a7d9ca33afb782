using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// Turns an event into outbox rows: renders the templates for each recipient and ADDS the rows to the unit of work
/// without saving, so the caller's SaveChanges commits the state change and its mails together (or neither).
/// </summary>
public sealed class MailOutbox(IEvalDbContext db, IMailTemplateRenderer renderer, AuditTrail audit, TimeProvider clock)
{
    public const string Actor = "mail";

    public Task<NotificationResult> AddAsync(Notification notification, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var keyed = notification.Recipients
            .Select(r => (Recipient: r, Key: OutboxMessage.DedupKeyOf(notification.Kind, notification.EventKey, r.Key))).ToList();
        return AddKeyedAsync(notification, keyed, ct);
    }

    /// <summary>
    /// Adds the day's HR digest to the enterprise's HR contact. Its dedup key names the enterprise and the China day only
    /// (<see cref="OutboxMessage.HrDigestKeyOf"/>), not the mailbox: however many workers try, and even if the contact
    /// changes that day, the day has ONE digest. Failed and undeliverable mails are counted here.
    /// </summary>
    public async Task<NotificationResult> AddHrDigestAsync(Guid enterpriseId, DateOnly day, HrDigestCounts counts, MailRecipient hr, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(hr);
        var failed = await db.OutboxMessages.CountAsync(
            m => m.EnterpriseId == enterpriseId && (m.Status == OutboxStatus.Failed || m.Status == OutboxStatus.NoAddress), ct);
        var model = new Dictionary<string, object?>
        {
            ["day"] = day,
            ["newApplications"] = counts.NewApplications,
            ["returnedMaterials"] = counts.ReturnedMaterials,
            ["openObjections"] = counts.OpenObjections,
            ["failedMails"] = failed,
        };
        var notification = new Notification(MailEvent.HrDigest, enterpriseId, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), [hr], model);
        return await AddKeyedAsync(notification, [(hr, OutboxMessage.HrDigestKeyOf(enterpriseId, day))], ct);
    }

    private async Task<NotificationResult> AddKeyedAsync(Notification notification, List<(MailRecipient Recipient, string Key)> keyed, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == notification.EnterpriseId, ct)
            ?? throw new NotFoundException("企业", notification.EnterpriseId.ToString());
        var scope = new MailTemplateScope(enterprise.Id, enterprise.CreditCode);
        var keys = keyed.DistinctBy(x => x.Key).ToList();
        var taken = await ExistingKeysAsync(notification.EnterpriseId, keys.Select(x => x.Key).ToList(), ct);

        int queued = 0, duplicates = keyed.Count - keys.Count;
        var missing = new List<string>();
        var now = clock.GetUtcNow();
        foreach (var (recipient, key) in keys)
        {
            if (taken.Contains(key))
            {
                duplicates++;
                continue;
            }
            var model = new Dictionary<string, object?>(notification.Model, StringComparer.Ordinal)
            {
                ["recipientName"] = recipient.Name,
                ["enterpriseName"] = enterprise.Name,
            };
            var mail = renderer.Render(scope, notification.Kind, model);
            if (recipient.Address is null)
            {
                db.OutboxMessages.Add(OutboxMessage.Undeliverable(enterprise.Id, notification.Kind, key, recipient.Name, mail.Subject, mail.TextBody, mail.HtmlBody, now));
                audit.Record(enterprise.Id, Actor, "mail.missing-address", "Employee", recipient.EmployeeNumber ?? recipient.Name, null,
                    new { @event = notification.Kind.TemplateName(), recipient = recipient.Name, subject = mail.Subject });
                missing.Add(recipient.EmployeeNumber ?? recipient.Name);
                continue;
            }
            db.OutboxMessages.Add(OutboxMessage.Queue(enterprise.Id, notification.Kind, key, recipient.Address, recipient.Name, mail.Subject, mail.TextBody, mail.HtmlBody, now));
            queued++;
        }
        return new NotificationResult(queued, duplicates, missing);
    }

    private async Task<HashSet<string>> ExistingKeysAsync(Guid enterpriseId, List<string> keys, CancellationToken ct)
    {
        // Rows added earlier in this unit of work are not in the database yet, and the unique index would only
        // complain at SaveChanges; look at both.
        var taken = db.OutboxMessages.Local.Where(m => m.EnterpriseId == enterpriseId && keys.Contains(m.DedupKey))
            .Select(m => m.DedupKey).ToHashSet(StringComparer.Ordinal);
        var stored = await db.OutboxMessages.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId && keys.Contains(m.DedupKey))
            .Select(m => m.DedupKey).ToListAsync(ct);
        taken.UnionWith(stored);
        return taken;
    }
}
