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
/// </summary>
public sealed class ApplicationQuota(IEvalDbContext db)
{
    public async Task<DomainException?> RefusalAsync(ApplicationCycle context, Employee employee, CancellationToken ct)
    {
        var rules = context.Scheme.Quotas;
        if (rules.UnitTierLevel is not { } level || rules.UnitTiers is not { } tiers)
            return null;
        var holders = await db.Employees.CountAsync(
            e => e.EnterpriseId == employee.EnterpriseId && e.OccupationCode == employee.OccupationCode && e.SkillLevel == level, ct);
        var hadPlaceLastYear = await PutForwardLastYearAsync(context, employee, ct);
        var places = tiers.PlacesFor(holders, hadPlaceLastYear);
        var taken = await InTheRunning(db.Applications.Where(a => a.CycleId == context.Cycle.Id && a.EmployeeId != employee.Id))
            .Join(db.Employees, a => a.EmployeeId, e => e.Id, (a, e) => e.OccupationCode)
            .CountAsync(code => code == employee.OccupationCode, ct);
        if (taken < places) return null;
        var held = $"本单位{employee.OccupationName}持{Domain.Levels.SkillLevels.ChineseName(level)}证书{holders}人";
        return places == 0 && hadPlaceLastYear
            ? new DomainException(ApplicationErrors.QuotaFull, $"{held}，上年度已有申报，本年度不能连续申报")
            : new DomainException(ApplicationErrors.QuotaFull, $"{held}，可申报{places}人，名额已满");
    }

    /// <summary>Whether last year's cycle of the same level had an application in this occupation that stayed in the running.</summary>
    private async Task<bool> PutForwardLastYearAsync(ApplicationCycle context, Employee employee, CancellationToken ct)
    {
        var lastYearsCycles = db.Cycles
            .Where(c => c.EnterpriseId == employee.EnterpriseId && c.Year == context.Cycle.Year - 1)
            .Join(db.SchemeDocuments.Where(d => d.TargetLevel == context.Document.TargetLevel), c => c.SchemeId, d => d.Id, (c, d) => c.Id);
        return await InTheRunning(db.Applications.Where(a => lastYearsCycles.Contains(a.CycleId)))
            .Join(db.Employees, a => a.EmployeeId, e => e.Id, (a, e) => e.OccupationCode)
            .AnyAsync(code => code == employee.OccupationCode, ct);
    }

    private static IQueryable<SkillApplication> InTheRunning(IQueryable<SkillApplication> applications) =>
        applications.Where(a => !ApplicationStatuses.Out.Contains(a.Status));
}
