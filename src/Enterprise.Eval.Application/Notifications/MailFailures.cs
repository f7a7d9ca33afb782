using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// The mails that did not go out (attempts used up, or no address) and putting failed ones back in the queue.
/// A null enterprise means every enterprise (operators on the command line); the API always passes the caller's.
/// </summary>
public sealed class MailFailures(IEvalDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<FailedMail>> ListAsync(Guid? enterpriseId, int limit = 500, CancellationToken ct = default) =>
        (await PageAsync(enterpriseId, 0, Math.Clamp(limit, 1, 5000), ct, count: false)).Items;

    /// <summary>One page, newest first, with the total number of such mails (the API's paged list).</summary>
    public async Task<(IReadOnlyList<FailedMail> Items, int Total)> PageAsync(Guid? enterpriseId, int skip, int take, CancellationToken ct = default) =>
        await PageAsync(enterpriseId, skip, take, ct, count: true);

    private async Task<(IReadOnlyList<FailedMail> Items, int Total)> PageAsync(Guid? enterpriseId, int skip, int take, CancellationToken ct, bool count)
    {
        var rows = await Failures(enterpriseId).AsNoTracking().OrderByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(ct);
        var total = count ? await Failures(enterpriseId).CountAsync(ct) : rows.Count;
        return (rows.Select(m => new FailedMail(m.Id, m.EnterpriseId, m.Kind.TemplateName(), m.RecipientName, m.RecipientAddress,
            m.Subject, StatusName(m.Status), m.Attempts, m.LastError, m.CreatedAt)).ToList(), total);
    }

    /// <summary>Requeues one failed mail; another enterprise's mail is reported as not found.</summary>
    public async Task RetryAsync(Guid? enterpriseId, long id, string actor, CancellationToken ct = default)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id && (enterpriseId == null || m.EnterpriseId == enterpriseId), ct)
            ?? throw new NotFoundException("邮件", id.ToString());
        message.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(actor, ct);   // MailRequeued: its audit
    }

    /// <summary>Requeues every failed mail (undeliverable ones stay: they need an address first); returns how many.</summary>
    public async Task<int> RetryAllAsync(Guid? enterpriseId, string actor, CancellationToken ct = default)
    {
        var failed = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Failed && (enterpriseId == null || m.EnterpriseId == enterpriseId)).ToListAsync(ct);
        foreach (var message in failed) message.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(actor, ct);
        return failed.Count;
    }

    public static string StatusName(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "待发送",
        OutboxStatus.Sending => "发送中",
        OutboxStatus.Sent => "已发送",
        OutboxStatus.Failed => "发送失败",
        OutboxStatus.NoAddress => "缺少邮箱地址",
        _ => status.ToString(),
    };

    private IQueryable<OutboxMessage> Failures(Guid? enterpriseId) =>
        db.OutboxMessages.Where(m => (m.Status == OutboxStatus.Failed || m.Status == OutboxStatus.NoAddress)
                                     && (enterpriseId == null || m.EnterpriseId == enterpriseId));

}
