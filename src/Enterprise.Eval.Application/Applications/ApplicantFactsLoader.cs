using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// Gathers what the conditions read about applicants, the one way every screening does it: the roster record, the
/// application, the bans, HR's imported fact records and HR's attestations on the application. One query per kind for
/// any number of applications.
/// </summary>
public sealed class ApplicantFactsLoader(IEvalDbContext db, FactsService facts)
{
    public async Task<LoadedApplicantFacts> LoadAsync(
        Guid enterpriseId, IReadOnlyCollection<SkillApplication> applications, IReadOnlyDictionary<Guid, Employee> employees, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(employees);
        var employeeIds = applications.Select(a => a.EmployeeId).Distinct().ToList();
        var applicationIds = applications.Select(a => a.Id).ToList();
        var bans = await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId && employeeIds.Contains(b.EmployeeId)).ToListAsync(ct);
        var records = await facts.LoadAsync(enterpriseId, employeeIds.Select(id => employees[id].EmployeeNumber).ToList(), ct);
        var attestations = await db.Attestations.AsNoTracking().Where(a => applicationIds.Contains(a.ApplicationId)).ToListAsync(ct);
        return new LoadedApplicantFacts(employees, bans, records, attestations);
    }
}

/// <summary>The loaded facts of some applications; <see cref="For"/> builds one applicant's.</summary>
public sealed class LoadedApplicantFacts(
    IReadOnlyDictionary<Guid, Employee> employees, IReadOnlyList<BanRecord> bans,
    IReadOnlyDictionary<string, EmployeeFactRecords> records, IReadOnlyList<AttestationRecord> attestations)
{
    /// <summary>HR's attestations on the loaded applications (each reader filters by application).</summary>
    public IReadOnlyList<AttestationRecord> Attestations => attestations;

    public IReadOnlyList<BanRecord> Bans => bans;

    public ApplicantFacts For(SkillApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var employee = employees[application.EmployeeId];
        return ApplicantFactsBuilder.Build(employee, application, bans, records.GetValueOrDefault(employee.EmployeeNumber), attestations);
    }
}
