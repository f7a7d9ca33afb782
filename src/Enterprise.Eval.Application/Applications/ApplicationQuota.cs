using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The unit application quota (南通 二(六)): places per occupation by how many holders of the scheme's tier level the unit
/// has in it, counted from the roster. Applications still in the running take places; withdrawn ones do not. A unit in
/// the "不能每年连续申报" tier has no place this year when it put someone forward in the occupation last year.
/// The occupation is the one applied for (申报职业（工种）), the roster's when the form leaves it empty. With
/// <c>failedApplicantsUseNoQuota</c> (南通 二(六) 往年未通过全省高级技师综合评审者不占指标) an applicant who reached the
/// review in an earlier year's cycle of the same level and was not recommended neither takes a place nor is refused one.
/// </summary>
public sealed class ApplicationQuota(IEvalDbContext db)
{
    public async Task<DomainException?> RefusalAsync(ApplicationCycle context, Employee employee, CancellationToken ct) =>
        await RefusalAsync(context, employee, null, ct);

    public async Task<DomainException?> RefusalAsync(ApplicationCycle context, Employee employee, string? appliedOccupationCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(employee);
        var rules = context.Scheme.Quotas;
        if (rules.UnitTierLevel is not { } level || rules.UnitTiers is not { } tiers)
            return null;
        var occupation = string.IsNullOrWhiteSpace(appliedOccupationCode) ? employee.OccupationCode : appliedOccupationCode.Trim();
        var failedBefore = FailedBefore(context, employee.EnterpriseId);
        if (rules.FailedApplicantsUseNoQuota && await failedBefore.ContainsAsync(employee.Id, ct))
            return null;
        var holders = await db.Employees.CountAsync(
            e => e.EnterpriseId == employee.EnterpriseId && e.OccupationCode == occupation && e.SkillLevel == level, ct);
        var hadPlaceLastYear = await PutForwardLastYearAsync(context, employee.EnterpriseId, occupation, ct);
        var places = tiers.PlacesFor(holders, hadPlaceLastYear);
        var others = InTheRunning(db.Applications.Where(a => a.CycleId == context.Cycle.Id && a.EmployeeId != employee.Id));
        if (rules.FailedApplicantsUseNoQuota) others = others.Where(a => !failedBefore.Contains(a.EmployeeId));
        var taken = await others
            .Join(db.Employees, a => a.EmployeeId, e => e.Id, (a, e) => a.AppliedOccupationCode ?? e.OccupationCode)
            .CountAsync(code => code == occupation, ct);
        if (taken < places) return null;
        var occupationName = occupation == employee.OccupationCode ? employee.OccupationName
            : context.Scheme.Occupations.FirstOrDefault(o => o.Code == occupation)?.Name ?? occupation;
        var held = $"本单位{occupationName}持{Domain.Levels.SkillLevels.ChineseName(level)}证书{holders}人";
        return places == 0 && hadPlaceLastYear
            ? new DomainException(ApplicationErrors.QuotaFull, $"{held}，上年度已有申报，本年度不能连续申报")
            : new DomainException(ApplicationErrors.QuotaFull, $"{held}，可申报{places}人，名额已满");
    }

    /// <summary>Whether last year's cycle of the same level had an application in this occupation that stayed in the running.</summary>
    private async Task<bool> PutForwardLastYearAsync(ApplicationCycle context, Guid enterpriseId, string occupation, CancellationToken ct)
    {
        var lastYearsCycles = db.Cycles
            .Where(c => c.EnterpriseId == enterpriseId && c.Year == context.Cycle.Year - 1)
            .Join(db.SchemeDocuments.Where(d => d.TargetLevel == context.Document.TargetLevel), c => c.SchemeId, d => d.Id, (c, d) => c.Id);
        return await InTheRunning(db.Applications.Where(a => lastYearsCycles.Contains(a.CycleId)))
            .Join(db.Employees, a => a.EmployeeId, e => e.Id, (a, e) => a.AppliedOccupationCode ?? e.OccupationCode)
            .AnyAsync(code => code == occupation, ct);
    }

    /// <summary>
    /// Employees who reached the review in an earlier year's cycle of the same level and were not recommended: their
    /// application stayed 评审中 (UnderReview) when that cycle's publicity took the recommended ones forward, or the
    /// province, which holds the 全省综合评审 and issues the certificate, did not confirm them (AuthorityDeclined; issue 19).
    /// </summary>
    private IQueryable<Guid> FailedBefore(ApplicationCycle context, Guid enterpriseId)
    {
        var earlierCycles = db.Cycles
            .Where(c => c.EnterpriseId == enterpriseId && c.Year < context.Cycle.Year)
            .Join(db.SchemeDocuments.Where(d => d.TargetLevel == context.Document.TargetLevel), c => c.SchemeId, d => d.Id, (c, d) => c.Id);
        return db.Applications.Where(a => earlierCycles.Contains(a.CycleId) && (a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.AuthorityDeclined)).Select(a => a.EmployeeId);
    }

    private static IQueryable<SkillApplication> InTheRunning(IQueryable<SkillApplication> applications) =>
        applications.Where(a => !ApplicationStatuses.Out.Contains(a.Status));
}
