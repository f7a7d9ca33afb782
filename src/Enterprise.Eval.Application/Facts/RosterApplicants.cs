using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// Every employee of an enterprise's roster as screening sees them before anyone applies: the roster row, HR's stored
/// facts and the bans, through the same mapping as an application's screening. Ordered by employee number.
/// </summary>
public sealed class RosterApplicants(IEvalDbContext db, FactsService facts)
{
    public async Task<IReadOnlyList<ApplicantFacts>> LoadAsync(Guid enterpriseId, CancellationToken ct = default)
    {
        var employees = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId).ToListAsync(ct);
        var bans = await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId).ToListAsync(ct);
        var records = await facts.LoadAsync(enterpriseId, null, ct);
        var bansByEmployee = bans.ToLookup(b => b.EmployeeId);
        return [.. employees
            .OrderBy(e => e.EmployeeNumber, StringComparer.Ordinal)
            .Select(e => ApplicantFactsBuilder.Build(e, null, bansByEmployee[e.Id], records.GetValueOrDefault(e.EmployeeNumber)))];
    }
}
