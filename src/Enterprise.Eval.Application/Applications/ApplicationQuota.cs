using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The unit application quota (南通): places per occupation by how many holders of the scheme's tier level the unit
/// has in it, counted from the roster. Applications still in the running take places; withdrawn ones do not.
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
        // Whether the unit had a place last year is not recorded yet, so the "not in consecutive years" tier is not applied.
        var places = tiers.PlacesFor(holders, hadPlaceLastYear: false);
        var taken = await db.Applications
            .Where(a => a.CycleId == context.Cycle.Id && a.EmployeeId != employee.Id
                && a.Status != ApplicationStatus.Withdrawn && a.Status != ApplicationStatus.Ineligible && a.Status != ApplicationStatus.Disqualified)
            .Join(db.Employees, a => a.EmployeeId, e => e.Id, (a, e) => e.OccupationCode)
            .CountAsync(code => code == employee.OccupationCode, ct);
        return taken < places ? null : new DomainException(ApplicationErrors.QuotaFull,
            $"本单位{employee.OccupationName}持{Domain.Levels.SkillLevels.ChineseName(level)}证书{holders}人，可申报{places}人，名额已满");
    }
}
