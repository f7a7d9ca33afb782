using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// Issues certificates with gapless serials and revokes them. Serials are reserved inside the issuing transaction
/// (see <see cref="ICertificateSerialStore"/>), so concurrent issuers never share, skip or reuse a serial; a revoked
/// certificate keeps its number. Every issue and revocation is audited in the same transaction.
/// </summary>
public sealed class CertificateIssuer(
    IEvalDbContext db, ICertificateSerialStore serials, AuditTrail audit, TimeProvider clock, ILogger<CertificateIssuer> log)
    : ICertificateRevocation
{
    public const string FraudReasonPrefix = "弄虚作假";

    public async Task<IssueOutcome> IssueAsync(IReadOnlyList<IssueCandidate> candidates, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (candidates.Count == 0) return new IssueOutcome([], []);
        var enterpriseId = candidates[0].EnterpriseId;
        if (candidates.Any(c => c.EnterpriseId != enterpriseId))
            throw new DomainException(CertificateIssueErrors.MixedEnterprises, "一次发证只能针对同一家企业的人员");

        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();

        // Issue 19 point 2: a cycle whose certificate an authority issues never gets an enterprise number.
        var cycleIds = candidates.Select(c => c.CycleId).Distinct().ToList();
        if (await db.Cycles.AsNoTracking().AnyAsync(c => cycleIds.Contains(c.Id) && c.CertificateIssuer == CertificateIssuerKind.Authority, cancellationToken))
            throw new DomainException(CertificateIssueErrors.AuthorityIssued,
                "该评价周期的证书由认定部门颁发，本系统不生成职业技能等级证书编号：请登记认定部门颁发的证书编号（cycle decision）");
        var unique = candidates.DistinctBy(c => (c.CycleId, c.EmployeeId, c.Level)).ToList();
        var employeeIds = unique.Select(c => c.EmployeeId).Distinct().ToList();
        var names = await db.Employees.AsNoTracking()
            .Where(e => e.EnterpriseId == enterpriseId && employeeIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var missing = employeeIds.Where(id => !names.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            throw new DomainException(CertificateIssueErrors.EmployeeNotOnRoster,
                $"有{missing.Count}名人员不在本企业花名册中，不能发证");

        // Outside the transaction, so that on SQLite the transaction's first statement is the counter write.
        var held = await HeldAsync(enterpriseId, employeeIds, cancellationToken);
        var alreadyHeld = new List<Certificate>();
        var toIssue = new List<IssueCandidate>();
        foreach (var candidate in unique)
        {
            var existing = held.FirstOrDefault(c => Same(c, candidate));
            if (existing is null) toIssue.Add(candidate);
            else alreadyHeld.Add(existing);
        }
        if (toIssue.Count == 0) return new IssueOutcome([], alreadyHeld);

        var issued = await serials.InIssuingTransactionAsync(async ct =>
        {
            var result = new List<Certificate>(toIssue.Count);
            // Scopes in prefix order, so two multi-scope batches lock counters in the same order and cannot deadlock.
            foreach (var group in toIssue.GroupBy(c => ScopeOf(enterprise, c)).OrderBy(g => g.Key.Prefix, StringComparer.Ordinal))
            {
                var items = group.ToList();
                var last = await serials.ReserveAsync(group.Key, items.Count, ct);
                var counter = CertificateSerialCounter.Restore(group.Key, last - items.Count);
                foreach (var candidate in items)
                {
                    var certificate = Certificate.Issue(enterpriseId, candidate.CycleId, counter.Allocate(), candidate.EmployeeId,
                        names[candidate.EmployeeId], candidate.OccupationCode, candidate.OccupationName, candidate.WorkType,
                        candidate.Level, candidate.IssueDate, candidate.StageScores);
                    db.Certificates.Add(certificate);
                    audit.Record(enterpriseId, actor, "certificate.issued", nameof(Certificate), certificate.Number.Value, null,
                        CertificateView.Of(certificate));
                    result.Add(certificate);
                }
            }
            // The counter lock is held now: a certificate that appeared since the check above was issued concurrently.
            var raced = (await HeldAsync(enterpriseId, employeeIds, ct)).Where(h => toIssue.Any(c => Same(h, c))).ToList();
            if (raced.Count > 0)
                throw new DomainException(CertificateIssueErrors.ConcurrentDoubleIssue,
                    $"有{raced.Count}人在本次发证过程中已由其他操作发证（如{raced[0].Number}），本次发证未生效，请重新执行");
            return result;
        }, cancellationToken);

        log.LogInformation("Issued {Count} certificate(s) for enterprise {EnterpriseId}; {Held} already held", issued.Count, enterpriseId, alreadyHeld.Count);
        return new IssueOutcome(issued, alreadyHeld);
    }

    public async Task<Certificate> RevokeAsync(Guid enterpriseId, string number, string reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var parsed = CertificateNumber.Parse(number);
        if (parsed.Number is null)
            throw new DomainException(parsed.Problems[0].Code, string.Join("；", parsed.Problems.Select(p => p.Message)));
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.EnterpriseId == enterpriseId && c.Number == parsed.Number, cancellationToken)
            ?? throw new NotFoundException("证书", parsed.Number.Value);
        await EnsureEnterpriseCanRunAsync(enterpriseId, cancellationToken);
        Revoke(certificate, reason, actor);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Revoked certificate {Number} of enterprise {EnterpriseId}", certificate.Number, enterpriseId);
        return certificate;
    }

    public async Task<IReadOnlyList<Certificate>> RevokeForFraudAsync(Guid enterpriseId, Guid cycleId, Guid employeeId, string details,
        string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await EnsureEnterpriseCanRunAsync(enterpriseId, cancellationToken);
        var certificates = await db.Certificates
            .Where(c => c.EnterpriseId == enterpriseId && c.CycleId == cycleId && c.HolderEmployeeId == employeeId && c.RevokedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var certificate in certificates)
            Revoke(certificate, $"{FraudReasonPrefix}：{details.Trim()}", actor);
        await db.SaveChangesAsync(cancellationToken);
        return certificates;
    }

    private void Revoke(Certificate certificate, string reason, string actor)
    {
        var before = CertificateView.Of(certificate);
        certificate.Revoke(reason, clock.GetUtcNow());
        audit.Record(certificate.EnterpriseId, actor, "certificate.revoked", nameof(Certificate), certificate.Number.Value, before,
            CertificateView.Of(certificate));
    }

    private async Task EnsureEnterpriseCanRunAsync(Guid enterpriseId, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
    }

    private Task<List<Certificate>> HeldAsync(Guid enterpriseId, List<Guid> employeeIds, CancellationToken ct) =>
        db.Certificates.AsNoTracking()
            .Where(c => c.EnterpriseId == enterpriseId && employeeIds.Contains(c.HolderEmployeeId) && c.RevokedAt == null)
            .ToListAsync(ct);

    private static bool Same(Certificate held, IssueCandidate candidate) =>
        held.HolderEmployeeId == candidate.EmployeeId && held.CycleId == candidate.CycleId && held.Level == candidate.Level;

    private static CertificateSerialScope ScopeOf(RegisteredEnterprise enterprise, IssueCandidate candidate) =>
        CertificateSerialScope.Create(
            enterprise.EvaluatorType,
            enterprise.EvaluatorCode, enterprise.ProvinceCode, enterprise.SiteSequenceCode, candidate.IssueDate.Year, candidate.Level);
}
