using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Enterprises;

/// <summary>The register of enterprises (tenants) and their API keys; administrator use cases.</summary>
public sealed class EnterpriseRegistry(IEvalDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Registers an enterprise and issues its first API key; the key's plain text is returned once.</summary>
    public async Task<(RegisteredEnterprise Enterprise, string ApiKey)> RegisterAsync(EnterpriseRegistration registration, string actor, CancellationToken ct = default)
    {
        var enterprise = RegisteredEnterprise.Register(registration, clock.GetUtcNow());
        if (await db.Enterprises.AnyAsync(e => e.CreditCode == enterprise.CreditCode, ct))
            throw new Domain.Common.DomainException("EVAL-ENT-016", $"统一社会信用代码 {enterprise.CreditCode} 已登记，不能重复登记");
        db.Enterprises.Add(enterprise);
        var (key, plain) = ApiKey.Issue(enterprise.Id, clock.GetUtcNow());
        db.ApiKeys.Add(key);
        audit.Record(enterprise.Id, actor, "enterprise.registered", "Enterprise", enterprise.Id.ToString(), null, Describe(enterprise));
        await db.SaveChangesAsync(ct);
        return (enterprise, plain);
    }

    public async Task<IReadOnlyList<RegisteredEnterprise>> ListAsync(CancellationToken ct = default) =>
        await db.Enterprises.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);

    public async Task<RegisteredEnterprise> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("企业", id.ToString());

    public Task SuspendAsync(Guid id, string actor, CancellationToken ct = default) => ChangeStatusAsync(id, actor, "enterprise.suspended", e => e.Suspend(), ct);

    public Task ReinstateAsync(Guid id, string actor, CancellationToken ct = default) => ChangeStatusAsync(id, actor, "enterprise.reinstated", e => e.Reinstate(), ct);

    public Task StrikeOffAsync(Guid id, string actor, CancellationToken ct = default) => ChangeStatusAsync(id, actor, "enterprise.struck-off", e => e.StrikeOff(), ct);

    /// <summary>
    /// Sets the HR contact who receives the daily digest, or removes it (both parts empty); audited as
    /// enterprise.hr-contact-changed. Returns the enterprise as it now stands.
    /// </summary>
    public async Task<RegisteredEnterprise> ChangeHrContactAsync(Guid id, string? name, string? email, string actor, CancellationToken ct = default)
    {
        var contact = string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(email) ? null : HrContact.Create(name, email);
        var enterprise = await GetAsync(id, ct);
        var before = new { enterprise.HrContactName, enterprise.HrContactEmail };
        if (!enterprise.ChangeHrContact(contact)) return enterprise;
        audit.Record(id, actor, "enterprise.hr-contact-changed", "Enterprise", id.ToString(), before, new { enterprise.HrContactName, enterprise.HrContactEmail });
        await db.SaveChangesAsync(ct);
        return enterprise;
    }

    /// <summary>Revokes every active key of the enterprise and issues a new one (returned once).</summary>
    public async Task<string> RotateKeyAsync(Guid id, string actor, CancellationToken ct = default)
    {
        var enterprise = await GetAsync(id, ct);
        var now = clock.GetUtcNow();
        var active = await db.ApiKeys.Where(k => k.EnterpriseId == id && k.RevokedAt == null).ToListAsync(ct);
        foreach (var old in active) old.Revoke(now);
        var (key, plain) = ApiKey.Issue(enterprise.Id, now);
        db.ApiKeys.Add(key);
        audit.Record(id, actor, "enterprise.key-rotated", "ApiKey", key.Id.ToString(),
            new { revoked = active.Select(k => k.Prefix).ToArray() }, new { issued = key.Prefix });
        await db.SaveChangesAsync(ct);
        return plain;
    }

    /// <summary>The enterprise a presented key belongs to, or null for an unknown, malformed or revoked key.</summary>
    public async Task<Guid?> AuthenticateAsync(string? presentedKey, CancellationToken ct = default)
    {
        if (!ApiKey.TrySplit(presentedKey, out var prefix, out var secret)) return null;
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, ct);
        return key is not null && key.Matches(secret) ? key.EnterpriseId : null;
    }

    private async Task ChangeStatusAsync(Guid id, string actor, string action, Action<RegisteredEnterprise> change, CancellationToken ct)
    {
        var enterprise = await GetAsync(id, ct);
        var before = Describe(enterprise);
        change(enterprise);
        audit.Record(id, actor, action, "Enterprise", id.ToString(), before, Describe(enterprise));
        await db.SaveChangesAsync(ct);
    }

    private static object Describe(RegisteredEnterprise e) => new
    {
        e.Name, e.CreditCode, EvaluatorType = e.EvaluatorTypeLetter.ToString(), e.EvaluatorCode, e.ProvinceCode,
        e.SiteSequenceCode, e.RegistrationAuthority, e.RegistrationNumber, e.RegistrationDate, Status = e.Status.ToString(),
        e.HrContactName, e.HrContactEmail,
    };
}
