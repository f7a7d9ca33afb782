using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Honours;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// Submit, change, withdraw and list applications of one enterprise: load, act on the application, save. Each
/// transition's audit and mail are its domain event's handlers (Consequences/), committed in the same save. Submission screens at once on the facts then known; the verdict is told, not stored as final.
/// The applicant's own achievement records are read through the honour vocabulary like HR's facts file, so a
/// declared 全国技术能手 counts as a 技术能手 at national level.
/// </summary>
public sealed class ApplicationService(
    IEvalDbContext db, ApplicationCycles cycles, ApplicationQuota quota, TimeProvider clock, ApplicantFactsLoader factsLoader,
    HonourVocabulary honours)
{
    private SubmitApplicationRequest Resolved(SubmitApplicationRequest request) =>
        request with { Achievements = [.. request.Achievements.Select(r => honours.Resolve(r).Record)] };

    public async Task<SubmissionResult> SubmitAsync(Guid enterpriseId, Guid cycleId, SubmitApplicationRequest request, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = Resolved(request);
        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var employee = await EmployeeAsync(enterpriseId, request.EmployeeNumber, ct);
        var now = clock.GetUtcNow();
        if (context.Window.RefusalAt(now) is { } closed)
            return SubmissionResult.Refused(closed.Code, closed.Message);

        var bans = await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId && b.EmployeeId == employee.Id).ToListAsync(ct);
        var today = ChinaTime.DateOf(now);
        if (bans.FirstOrDefault(b => b.BarsApplyingOn(today)) is { } ban)
            return SubmissionResult.Refused(ApplicationErrors.Banned,
                $"因{ban.Reason}，{ChinaTime.FormatDate(ban.StartsOn)}至{ChinaTime.FormatDate(ban.EndsOn)}不得申报");

        var application = await db.Applications.Include(a => a.Materials)
            .FirstOrDefaultAsync(a => a.CycleId == cycleId && a.EmployeeId == employee.Id, ct);
        if (application is not null && application.Status != ApplicationStatus.Withdrawn)
            return SubmissionResult.Refused(ApplicationErrors.Duplicate, $"工号{employee.EmployeeNumber}已在本周期申报（状态：{application.Status.Name()}），请修改原申报");
        if (await quota.RefusalAsync(context, employee, request.Form.AppliedOccupationCode, ct) is { } full)
            return SubmissionResult.Refused(full.Code, full.Message);

        if (application is null)
        {
            application = SkillApplication.Submit(enterpriseId, cycleId, employee.Id, request.Form, request.Achievements, context.Window, now);
            db.Applications.Add(application);
        }
        else
        {
            application.Resubmit(request.Form, request.Achievements, context.Window, now);
        }

        var verdict = EligibilityEngine.Evaluate(context.Scheme, await FactsOfAsync(employee, application, ct), context.WindowCloseDate);
        application.RecordSubmissionScreening(verdict);
        // The audit and the receipt mail are the ApplicationSubmitted event's handlers (Consequences/), in this save.
        await db.SaveChangesAsync(actor, ct);
        return new SubmissionResult(application, verdict, null, null);
    }

    public async Task<SubmissionResult> UpdateAsync(Guid enterpriseId, Guid cycleId, Guid id, SubmitApplicationRequest request, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = Resolved(request);
        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var application = await FindAsync(enterpriseId, cycleId, id, ct);
        var employee = await db.Employees.FirstAsync(e => e.Id == application.EmployeeId, ct);
        application.Update(request.Form, request.Achievements, context.Window, clock.GetUtcNow());
        var verdict = EligibilityEngine.Evaluate(context.Scheme, await FactsOfAsync(employee, application, ct), context.WindowCloseDate);
        application.RecordSubmissionScreening(verdict);
        await db.SaveChangesAsync(actor, ct);
        return new SubmissionResult(application, verdict, null, null);
    }

    public async Task<SkillApplication> WithdrawAsync(Guid enterpriseId, Guid cycleId, Guid id, string? reason, string actor, CancellationToken ct = default)
    {
        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var application = await FindAsync(enterpriseId, cycleId, id, ct);
        application.Withdraw(reason, context.Window, clock.GetUtcNow());
        await db.SaveChangesAsync(actor, ct);
        return application;
    }

    public async Task<(SkillApplication Application, Employee Employee)> GetAsync(Guid enterpriseId, Guid cycleId, Guid id, CancellationToken ct = default)
    {
        var application = await FindAsync(enterpriseId, cycleId, id, ct);
        return (application, await db.Employees.AsNoTracking().FirstAsync(e => e.Id == application.EmployeeId, ct));
    }

    /// <summary>
    /// The employee's misconduct records at the enterprise, bans and credit records (诚信记录) alike, newest first: what
    /// the people who decide see beside the application (南通 002 二(六) keeps a credit record that bars nothing).
    /// </summary>
    public async Task<IReadOnlyList<BanRecord>> MisconductRecordsAsync(Guid enterpriseId, Guid employeeId, CancellationToken ct = default) =>
        (await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId && b.EmployeeId == employeeId).ToListAsync(ct))
            .OrderByDescending(b => b.StartsOn).ToList();

    /// <summary>Any cycle of the enterprise: for the command line, where the cycle is not in the address.</summary>
    public async Task<(SkillApplication Application, Employee Employee)> GetAsync(Guid enterpriseId, Guid id, CancellationToken ct = default)
    {
        var application = await db.Applications.Include(a => a.Materials).FirstOrDefaultAsync(a => a.Id == id && a.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("申报", id.ToString());
        return (application, await db.Employees.AsNoTracking().FirstAsync(e => e.Id == application.EmployeeId, ct));
    }

    public async Task<ApplicationPage> ListAsync(Guid enterpriseId, Guid cycleId, int page, int pageSize, CancellationToken ct = default)
    {
        if (page < 1) throw new ArgumentException("页码从 1 开始", nameof(page));
        if (pageSize is < 1 or > 500) throw new ArgumentException("每页条数须在 1 至 500 之间", nameof(pageSize));
        await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var rows = await db.Applications.AsNoTracking().Include(a => a.Materials)
            .Where(a => a.EnterpriseId == enterpriseId && a.CycleId == cycleId)
            .Join(db.Employees.AsNoTracking(), a => a.EmployeeId, e => e.Id, (a, e) => new { a, e })
            .ToListAsync(ct);
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        var ordered = rows.OrderBy(r => r.e.EmployeeNumber, StringComparer.Ordinal).ToList();
        var items = ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(r => (r.a, r.e)).ToList();
        return new ApplicationPage(items, ordered.Count, page, pageSize);
    }

    internal async Task<SkillApplication> FindAsync(Guid enterpriseId, Guid cycleId, Guid id, CancellationToken ct) =>
        await db.Applications.Include(a => a.Materials)
            .FirstOrDefaultAsync(a => a.Id == id && a.CycleId == cycleId && a.EnterpriseId == enterpriseId, ct)
        ?? throw new NotFoundException("申报", id.ToString());

    private async Task<Employee> EmployeeAsync(Guid enterpriseId, string employeeNumber, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeNumber);
        var number = employeeNumber.Trim();
        return await db.Employees.FirstOrDefaultAsync(e => e.EnterpriseId == enterpriseId && e.EmployeeNumber == number, ct)
            ?? throw new NotFoundException("员工", number);
    }

    private async Task<Domain.Eligibility.Facts.ApplicantFacts> FactsOfAsync(Employee employee, SkillApplication application, CancellationToken ct) =>
        (await factsLoader.LoadAsync(application.EnterpriseId, [application], new Dictionary<Guid, Employee> { [employee.Id] = employee }, ct)).For(application);
}
