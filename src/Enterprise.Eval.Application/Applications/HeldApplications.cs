using Enterprise.Eval.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Enterprise.Eval.Domain.Applications;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// Who is held in a cycle and why (issue 18 point 1): the applications the closing screening stopped before review,
/// each with the items HR settles by <c>application attest</c> (an attested item's code, or <c>material:CODE</c>).
/// </summary>
public sealed class HeldApplications(IEvalDbContext db, ApplicationCycles cycles)
{
    public async Task<IReadOnlyList<HeldApplication>> ListAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct = default)
    {
        await cycles.LoadAsync(enterpriseId, cycleId, ct);   // another enterprise's cycle is not found
        var held = await db.Applications.AsNoTracking()
            .Where(a => a.CycleId == cycleId && a.EnterpriseId == enterpriseId && a.Status == ApplicationStatus.Held).ToListAsync(ct);
        var ids = held.Select(a => a.EmployeeId).ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        return [.. held
            .Select(a => (Application: a, Employee: employees[a.EmployeeId]))
            .OrderBy(x => x.Employee.EmployeeNumber, StringComparer.Ordinal)
            .Select(x => new HeldApplication(x.Application.Id, ApplicationMails.Number(x.Application), x.Employee.EmployeeNumber,
                x.Employee.Name, x.Application.Department ?? x.Employee.Department, x.Application.ClosingScreenedAt,
                (x.Application.StatusReason ?? "").Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
    }
}
