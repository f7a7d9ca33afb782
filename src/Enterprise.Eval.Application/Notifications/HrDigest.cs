using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// The daily HR digest: once per China calendar day, each active enterprise's HR contact gets ONE mail with what needs
/// attention — applications received since the last digest, returned materials awaiting resubmission, open
/// objections and failed mails. Safe to run as often and on as many workers as you like: the day's outbox row has a
/// key unique per enterprise and day, so a second writer finds it (or loses the insert race) and writes nothing.
/// </summary>
public sealed class HrDigest(IEvalDbContext db, MailOutbox outbox, TimeProvider clock, ILogger<HrDigest> log)
{

    /// <summary>Writes today's digest for every active enterprise that has none yet, once China time has reached <paramref name="notBefore"/>.</summary>
    public async Task<HrDigestRun> WriteDueAsync(TimeOnly notBefore, CancellationToken ct = default)
    {
        var now = ChinaTime.ToChina(clock.GetUtcNow());
        var day = ChinaTime.DateOf(now);
        List<Guid> written = [], already = [], skipped = [];
        if (TimeOnly.FromDateTime(now.DateTime) < notBefore) return new HrDigestRun(day, written, already, skipped);

        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.Status == EnterpriseStatus.Active).ToListAsync(ct);
        foreach (var enterprise in enterprises.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            HrContact? hr;
            try
            {
                hr = enterprise.HrContact;
            }
            catch (DomainException e)
            {
                // A stored contact that no longer validates (edited outside the product) skips this enterprise, not the rest.
                log.LogWarning("Enterprise {EnterpriseId} ({Name}): its HR contact is invalid ({Code}); its daily digest is skipped. Set it again with `enterprise contact`.",
                    enterprise.Id, enterprise.Name, e.Code);
                skipped.Add(enterprise.Id);
                continue;
            }
            if (hr is null)
            {
                log.LogWarning("Enterprise {EnterpriseId} ({Name}) has no HR contact: its daily mail digest is skipped. Set one with `enterprise contact`.",
                    enterprise.Id, enterprise.Name);
                skipped.Add(enterprise.Id);
                continue;
            }
            (await WriteAsync(enterprise.Id, day, MailRecipient.ForAddress(hr.Email, hr.Name), ct) ? written : already).Add(enterprise.Id);
        }
        return new HrDigestRun(day, written, already, skipped);
    }

    private async Task<bool> WriteAsync(Guid enterpriseId, DateOnly day, MailRecipient hr, CancellationToken ct)
    {
        var key = OutboxMessage.HrDigestKeyOf(enterpriseId, day);
        if (await db.OutboxMessages.AnyAsync(m => m.EnterpriseId == enterpriseId && m.DedupKey == key, ct)) return false;
        var counts = await CountAsync(enterpriseId, ct);
        var result = await outbox.AddHrDigestAsync(enterpriseId, day, counts, hr, ct);
        if (result.Queued == 0) return false;
        try
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("HR digest for {Day} written for enterprise {EnterpriseId}", day, enterpriseId);
            return true;
        }
        catch (DbUpdateException)
        {
            foreach (var lost in db.OutboxMessages.Local.Where(m => m.DedupKey == key).ToList()) db.OutboxMessages.Local.Remove(lost);
            // Another worker wrote the day's digest between our check and our insert: the unique key kept it at one.
            if (await db.OutboxMessages.AsNoTracking().AnyAsync(m => m.EnterpriseId == enterpriseId && m.DedupKey == key, ct)) return false;
            throw;
        }
    }

    /// <summary>
    /// Applications received since the last digest (the first digest counts those in cycles still running), returned
    /// material items whose latest version has not been replaced, and objections not yet resolved.
    /// </summary>
    public async Task<HrDigestCounts> CountAsync(Guid enterpriseId, CancellationToken ct = default)
    {
        // Instants are compared in memory: SQLite cannot compare DateTimeOffset values in SQL.
        var lastDigest = (await db.OutboxMessages.AsNoTracking()
            .Where(m => m.EnterpriseId == enterpriseId && m.Kind == MailEvent.HrDigest && m.DedupKey.StartsWith(OutboxMessage.HrDigestKeyPrefix))
            .OrderByDescending(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct));
        var running = db.Cycles.Where(c => c.EnterpriseId == enterpriseId && c.Status != CycleStatus.Reported).Select(c => c.Id);
        var applications = await db.Applications.AsNoTracking().Include(a => a.Materials)
            .Where(a => a.EnterpriseId == enterpriseId && running.Contains(a.CycleId) && !ApplicationStatuses.Out.Contains(a.Status))
            .ToListAsync(ct);
        var received = applications.Count(a => a.SubmittedAt is { } at && (lastDigest is null || at > lastDigest));
        var returned = applications.Sum(a => a.CurrentMaterials().Count(m => m.Review == MaterialReviewStatus.Returned));
        var notices = await db.PublicityNotices.AsNoTracking()
            .Where(n => n.EnterpriseId == enterpriseId).ToListAsync(ct);
        var open = notices.Sum(n => n.Objections.Count(o => o.Status == ObjectionStatus.Open));
        return new HrDigestCounts(received, returned, open);
    }
}
