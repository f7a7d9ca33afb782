using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The screening that counts: when the window closes, every submitted application is screened on its frozen facts,
/// the verdict stored and the applicant told. Whoever is eligible but for an item only HR can settle (an unconfirmed
/// attestation, a missing required material) is held (待人事确认) and cannot enter review until HR settles it. Safe to run twice: an application screened already is left alone.
/// </summary>
public sealed class ClosingScreening(IEvalDbContext db, ApplicationCycles cycles, TimeProvider clock, ApplicantFactsLoader factsLoader)
{
    public const string Actor = "system:screening";

    public async Task<ClosingScreeningReport> ScreenAtCloseAsync(Guid cycleId, CancellationToken ct = default)
    {
        var context = await cycles.LoadAsync(cycleId, ct);
        var now = clock.GetUtcNow();
        if (!context.Window.HasClosedAt(now))
            throw new Domain.Common.DomainException(ApplicationErrors.WindowStillOpen, $"{context.Window.Text}，报名尚未截止，不能进行截止审查");

        var open = await db.Applications.Include(a => a.Materials)
            .Where(a => a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted).ToListAsync(ct);
        var employeeIds = open.Select(a => a.EmployeeId).ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var loaded = await factsLoader.LoadAsync(context.Cycle.EnterpriseId, open, employees, ct);

        int screened = 0, ineligible = 0, held = 0;
        foreach (var application in open)
        {
            var employee = employees[application.EmployeeId];
            var verdict = EligibilityEngine.Evaluate(context.Scheme, loaded.For(application), context.WindowCloseDate);
            var gate = ApplicationGate.Find(context.Scheme, application, employee, verdict, loaded.Attestations);
            if (application.ScreenAtClose(verdict, gate, now) is not { } transition) continue;
            switch (transition.To)
            {
                case ApplicationStatus.Screened: screened++; break;
                case ApplicationStatus.Held: held++; break;
                default: ineligible++; break;
            }
        }
        // Each ApplicationScreened event brings its audit record and verdict mail (Consequences/) into this save.
        await db.SaveChangesAsync(Actor, ct);
        return new ClosingScreeningReport(cycleId, screened, ineligible, held);
    }
}
