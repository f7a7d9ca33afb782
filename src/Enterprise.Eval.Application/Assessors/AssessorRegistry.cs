using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Domain.Assessors;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Assessors;

/// <summary>
/// The register of assessors (方案评估机构) and their API keys, and which enterprise is assigned to which; administrator
/// use cases, audited like the enterprise registry's.
/// </summary>
public sealed class AssessorRegistry(IEvalDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Registers an assessor and issues its first API key; the key's plain text is returned once.</summary>
    public async Task<(Assessor Assessor, string ApiKey)> CreateAsync(string? name, string actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var assessor = Assessor.Create(name, now);
        if (await db.Assessors.AnyAsync(a => a.Name == assessor.Name, ct)) throw AssessorErrors.Duplicate(assessor.Name);
        db.Assessors.Add(assessor);
        var (key, plain) = AssessorKey.Issue(assessor.Id, now);
        db.AssessorKeys.Add(key);
        audit.Record(null, actor, "assessor.created", nameof(Assessor), assessor.Id.ToString(), null, new { assessor.Name, Key = key.Prefix });
        await db.SaveChangesAsync(ct);
        return (assessor, plain);
    }

    public async Task<IReadOnlyList<Assessor>> ListAsync(CancellationToken ct = default) =>
        await db.Assessors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);

    public async Task<Assessor> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Assessors.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("方案评估机构", id.ToString());

    /// <summary>Revokes every active key of the assessor and issues a new one (returned once).</summary>
    public async Task<string> RotateKeyAsync(Guid id, string actor, CancellationToken ct = default)
    {
        var assessor = await GetAsync(id, ct);
        var now = clock.GetUtcNow();
        var active = await db.AssessorKeys.Where(k => k.AssessorId == id && k.RevokedAt == null).ToListAsync(ct);
        foreach (var old in active) old.Revoke(now);
        var (key, plain) = AssessorKey.Issue(assessor.Id, now);
        db.AssessorKeys.Add(key);
        audit.Record(null, actor, "assessor.key-rotated", nameof(AssessorKey), key.Id.ToString(),
            new { revoked = active.Select(k => k.Prefix).ToArray() }, new { issued = key.Prefix });
        await db.SaveChangesAsync(ct);
        return plain;
    }

    /// <summary>
    /// Assigns an enterprise to the assessor its schemes go to (null: to none). A scheme already submitted stays with
    /// the assessor it was submitted to.
    /// </summary>
    public async Task AssignAsync(Guid enterpriseId, Guid? assessorId, string actor, CancellationToken ct = default)
    {
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, ct)) throw new NotFoundException("企业", enterpriseId.ToString());
        var assessor = assessorId is { } id ? await GetAsync(id, ct) : null;
        var assignment = await db.AssessorAssignments.FirstOrDefaultAsync(a => a.EnterpriseId == enterpriseId, ct);
        var before = assignment?.AssessorId;
        var now = clock.GetUtcNow();
        if (assessor is null && assignment is not null) db.AssessorAssignments.Remove(assignment);
        else if (assessor is not null && assignment is null) db.AssessorAssignments.Add(AssessorAssignment.Assign(enterpriseId, assessor.Id, now));
        else if (assessor is null || !assignment!.MoveTo(assessor.Id, now)) return;
        audit.Record(enterpriseId, actor, "enterprise.assessor-assigned", "Enterprise", enterpriseId.ToString(),
            new { AssessorId = before }, new { AssessorId = assessor?.Id, Assessor = assessor?.Name });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The assessor the enterprise is assigned to, or null.</summary>
    public async Task<Assessor?> AssignedToAsync(Guid enterpriseId, CancellationToken ct = default) =>
        await (from a in db.AssessorAssignments.AsNoTracking()
               join s in db.Assessors.AsNoTracking() on a.AssessorId equals s.Id
               where a.EnterpriseId == enterpriseId
               select s).FirstOrDefaultAsync(ct);

    /// <summary>Every assignment, enterprise id → assessor id.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> AssignmentsAsync(CancellationToken ct = default) =>
        await db.AssessorAssignments.AsNoTracking().ToDictionaryAsync(a => a.EnterpriseId, a => a.AssessorId, ct);

    /// <summary>The assessor a presented key belongs to, or null for an unknown, malformed or revoked key.</summary>
    public async Task<Guid?> AuthenticateAsync(string? presentedKey, CancellationToken ct = default)
    {
        if (!AssessorKey.TrySplit(presentedKey, out var prefix, out var secret)) return null;
        var key = await db.AssessorKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, ct);
        return key is not null && key.Matches(secret) ? key.AssessorId : null;
    }
}
