using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Pipeline;

/// <summary>
/// 颁发证书 for a concluded cycle: every application confirmed by publicity gets its certificate (serials allocated in
/// the issuing transaction; issuing again is a no-op per person), is marked certified, and the cycle then takes its
/// Certify step. Issuance runs in its own transactions, so this is a use case of its own rather than part of the step.
/// A cycle whose certificate an authority issues (issue 19 point 2) mints nothing: its 颁发证书 step is taken once every
/// submitted applicant has the authority's decision recorded (<see cref="Certificates.AuthorityDecisions"/>).
/// </summary>
public sealed class CycleCertification(
    IEvalDbContext db, CertificateIssuer issuer, CycleService cycles, MailOutbox outbox, AuditTrail audit, TimeProvider clock,
    Applications.ApplicantStatusLinks links)
{
    public async Task<StepResult> CertifyAsync(Guid enterpriseId, Guid cycleId, string actor, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(enterpriseId, cycleId, ct);
        if (cycle.CertificateIssuer == Domain.Certificates.CertificateIssuerKind.Authority)
        {
            if (cycle.Status != CycleStatus.Submitted)
                throw new DomainException("EVAL-CYCLE-061",
                    $"本评价周期的证书由认定部门颁发：须先报送认定部门（cycle advance {cycle.Id}），登记认定部门的答复（cycle decision）后再完成颁发证书；本系统不为其生成职业技能等级证书编号");
            return await cycles.AdvanceAsync(enterpriseId, cycleId, actor, ct);   // held until every decision is recorded
        }
        if (cycle.Status != CycleStatus.Concluded)
            throw new DomainException("EVAL-CYCLE-060", "只有公示结束（已确定名单）的评价周期才能颁发证书");
        var confirmed = await db.Applications.AsNoTracking().Where(a => a.CycleId == cycleId && a.Status == ApplicationStatus.Confirmed).ToListAsync(ct);
        var ids = confirmed.Select(a => a.EmployeeId).ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var level = document.TargetLevel;
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var candidates = confirmed.Select(a =>
        {
            var e = employees[a.EmployeeId];
            // The certificate is for the occupation applied for (申报职业), which screening matched to the one held.
            var code = a.OccupationFor(e.OccupationCode);
            return new IssueCandidate(enterpriseId, cycleId, e.Id, code, Applications.OccupationNames.For(document, a, e), code == e.OccupationCode ? e.WorkType : null, level, today);
        }).ToList();
        var issued = candidates.Count > 0 ? (await issuer.IssueAsync(candidates, actor, ct)).Issued : [];
        // Issuance commits in its own transactions (and may reset the unit of work), so the marks start afresh here.
        foreach (var application in await db.Applications.Where(a => a.CycleId == cycleId && a.Status == ApplicationStatus.Confirmed).ToListAsync(ct))
        {
            var transition = application.MarkCertified();
            audit.Record(enterpriseId, actor, transition.Action, nameof(SkillApplication), application.Id.ToString(),
                new { Status = transition.From }, new { Status = transition.To });
        }
        var applicationOf = confirmed.GroupBy(a => a.EmployeeId).ToDictionary(g => g.Key, g => g.First().Id);
        var statusUrls = await links.UrlsForAsync(applicationOf.Values.ToList(), ct);
        foreach (var certificate in issued)
        {
            var holder = employees[certificate.HolderEmployeeId];
            var statusUrl = applicationOf.TryGetValue(certificate.HolderEmployeeId, out var applicationId) ? statusUrls.GetValueOrDefault(applicationId) : null;
            await outbox.AddAsync(new Notification(MailEvent.CertificateIssued, enterpriseId, certificate.Number.Value,
                [MailRecipient.ForEmployee(holder)],
                new Dictionary<string, object?>
                {
                    ["cycleName"] = document.Title, ["level"] = level.ChineseName(), ["issuedOn"] = certificate.IssueDate,
                    ["certificateNumber"] = certificate.Number.Value,
                    ["statusUrl"] = statusUrl,
                }), ct);
        }
        await db.SaveChangesAsync(ct);
        return await cycles.AdvanceAsync(enterpriseId, cycleId, actor, ct);
    }
}
