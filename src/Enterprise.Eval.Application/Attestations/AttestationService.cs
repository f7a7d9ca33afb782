using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Attestations;

/// <summary>
/// HR's yes/no with a reason on items only a person can judge. Recording one screens the application again at once,
/// so the applicant's verdict shows it; the attestation, the new verdict and the audit commit together. Items are the
/// scheme's attested conditions and, for the gate before review, <c>material:CODE</c> for a required material.
/// After the window closes an answer moves the application (issue 18 point 1): a held application goes on to review
/// once nothing is open, or is out when the answer rules it out; a "no" that rules out an applicant already screened
/// takes them out at any step before the certificate, with the reason, the audit record and the disqualification mail.
/// </summary>
public sealed class AttestationService(IEvalDbContext db, ApplicationCycles cycles, FactsService facts, TimeProvider clock)
{
    public async Task<AttestationResult> RecordAsync(
        Guid enterpriseId, Guid cycleId, Guid applicationId, string? item, bool confirmed, string? reason, string actor, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (string.IsNullOrWhiteSpace(item)) throw new DomainException(AttestationErrors.ItemRequired, "请填写确认事项代码");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(AttestationErrors.ReasonRequired, "人事部门确认须写明理由");
        if (item.Trim().Length > 100 || reason.Trim().Length > 1000)
            throw new DomainException(AttestationErrors.TooLong, "确认事项代码不得超过100字，理由不得超过1000字");

        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var items = AttestedItems.Of(context.Scheme);
        var materialCodes = context.Scheme.Materials.Items.Where(i => i.Required).Select(i => i.Code).ToList();
        var materialCode = item.Trim().StartsWith(ApplicationGate.MaterialItemPrefix, StringComparison.Ordinal)
            ? item.Trim()[ApplicationGate.MaterialItemPrefix.Length..] : null;
        if (materialCode is not null && !materialCodes.Contains(materialCode, StringComparer.Ordinal))
            throw new DomainException(GateErrors.NotARequiredMaterial,
                $"“{materialCode}”不是方案中的必备材料，不能由人事部门确认；可确认的必备材料：{(materialCodes.Count == 0 ? "无" : string.Join("、", materialCodes.Select(c => ApplicationGate.MaterialItemPrefix + c)))}");
        if (materialCode is null && !items.Contains(item.Trim(), StringComparer.Ordinal))
            throw new DomainException(AttestationErrors.UnknownItem,
                $"方案中没有需要人事部门确认的事项“{item.Trim()}”，可确认的事项：{(items.Count == 0 ? "无" : string.Join("、", items))}");
        var application = await db.Applications.Include(a => a.Materials)
            .FirstOrDefaultAsync(a => a.Id == applicationId && a.CycleId == cycleId && a.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("申报", applicationId.ToString());
        if (application.Status is ApplicationStatus.Withdrawn or ApplicationStatus.Disqualified)
            throw new DomainException(AttestationErrors.ApplicationClosed, $"申报状态为{application.Status.Name()}，不能再确认");

        var record = new AttestationRecord(enterpriseId, cycleId, applicationId, item, confirmed, reason, actor, clock.GetUtcNow());
        db.Attestations.Add(record);
        var earlier = await db.Attestations.AsNoTracking().Where(a => a.ApplicationId == applicationId).ToListAsync(ct);

        var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == application.EmployeeId, ct);
        var bans = await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId && b.EmployeeId == employee.Id).ToListAsync(ct);
        var records = await facts.ForEmployeeAsync(enterpriseId, employee.EmployeeNumber, ct);
        var applicant = ApplicantFactsBuilder.Build(employee, application, bans, records, [.. earlier, record]);
        var verdict = EligibilityEngine.Evaluate(context.Scheme, applicant, context.WindowCloseDate);
        application.RecordAttestation(record.Item, record.Confirmed, record.Reason, verdict);
        var gate = ApplicationGate.Find(context.Scheme, application, employee, verdict, [.. earlier, record]);

        var now = clock.GetUtcNow();
        if (application.Status == ApplicationStatus.Held)
            application.Reassess(verdict, gate, now);
        // Certified included: RuleOutAfterScreening refuses it with its own code (the fraud path revokes).
        else if (!confirmed && RulesOut(verdict, gate) && ApplicationStatuses.PassedClosingScreening.Contains(application.Status))
        {
            var name = materialCode is null ? verdict.FailingReasons.FirstOrDefault() ?? record.Item : gate.RefusalText;
            application.RuleOutAfterScreening($"人事部门确认不符合条件（{name}）：{record.Reason}", now);
        }
        // ApplicationAttested, ApplicationReassessed, ApplicantRemoved: their audit and mails (Applications/Consequences).
        await db.SaveChangesAsync(actor, ct);
        return new AttestationResult(record, verdict);
    }

    private static bool RulesOut(Domain.Eligibility.Verdicts.Verdict verdict, GateFinding gate) =>
        gate.IsRefused || (!verdict.IsEligible && verdict.Kind != Domain.Eligibility.Verdicts.VerdictKind.NeedsAttestation);

    /// <summary>Every attestation of the application, oldest first, so HR sees what each later one replaced.</summary>
    public async Task<IReadOnlyList<AttestationRecord>> ListAsync(Guid enterpriseId, Guid cycleId, Guid applicationId, CancellationToken ct = default)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == applicationId && a.CycleId == cycleId && a.EnterpriseId == enterpriseId, ct))
            throw new NotFoundException("申报", applicationId.ToString());
        var rows = await db.Attestations.AsNoTracking().Where(a => a.ApplicationId == applicationId).ToListAsync(ct);
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        return [.. rows.OrderBy(r => r.RecordedAt)];
    }
}
