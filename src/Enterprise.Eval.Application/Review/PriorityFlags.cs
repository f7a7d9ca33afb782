using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// Which review candidates the scheme's 优先考虑 markers flag (江苏 004 一(二) 具备基本条件并符合以下条件之一者优先考虑),
/// with the markers' names: the candidates' applications screened again on the same facts the closing screening read.
/// </summary>
public sealed class PriorityFlags(IEvalDbContext db, ApplicantFactsLoader factsLoader)
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> ForAsync(Guid enterpriseId, Scheme scheme, DateOnly referenceDate,
        IReadOnlyCollection<Guid> applicationIds, CancellationToken ct)
    {
        if (scheme.Eligibility.PriorityMarkers.Count == 0 || applicationIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<string>>();
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToListAsync(ct);
        var employeeIds = applications.Select(a => a.EmployeeId).ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var loaded = await factsLoader.LoadAsync(enterpriseId, applications, employees, ct);
        var prepared = EligibilityEngine.Prepare(scheme);
        var flags = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var application in applications)
        {
            var verdict = EligibilityEngine.Evaluate(prepared, loaded.For(application), referenceDate);
            if (verdict.IsPriority) flags[application.Id] = verdict.PriorityReasons;
        }
        return flags;
    }
}
