using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>Reads an application by its status-page token; an unknown or malformed token is simply null.</summary>
public sealed class ApplicantStatusQuery(IEvalDbContext db, ApplicationCycles cycles)
{
    public async Task<ApplicantStatusView?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (!ApplicantStatusToken.IsWellFormed(token)) return null;
        var application = await db.Applications.AsNoTracking().Include(a => a.Materials)
            .FirstOrDefaultAsync(a => EF.Property<string?>(a, ApplicantStatusToken.Property) == token, ct);
        if (application is null) return null;

        var context = await cycles.LoadAsync(application.CycleId, ct);
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == application.EnterpriseId, ct);
        var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == application.EmployeeId, ct);
        var certificate = await db.Certificates.AsNoTracking()
            .Where(c => c.CycleId == application.CycleId && c.HolderEmployeeId == application.EmployeeId && c.RevokedAt == null)
            .Select(c => new { c.Number, c.IssueDate }).FirstOrDefaultAsync(ct);
        var timetable = context.Cycle.Timetable;
        var items = context.Scheme.Materials.Items.ToDictionary(i => i.Code, i => i.Name);
        var returned = application.Materials.GroupBy(m => m.ItemCode)
            .Select(g => g.OrderByDescending(m => m.Version).First())
            .Where(m => m.Review == MaterialReviewStatus.Returned)
            .Select(m => new ReturnedMaterial(items.GetValueOrDefault(m.ItemCode, m.ItemCode), m.ReturnReason ?? "", m.ReviewedAt))
            .ToList();
        var reachesPublicity = (application.Status is ApplicationStatus.InPublicity or ApplicationStatus.Confirmed or ApplicationStatus.Certified)
            && timetable is { HasPublicity: true };

        return new ApplicantStatusView(
            enterprise.Name, context.Name, context.Cycle.Year, context.Document.TargetLevel.ChineseName(), employee.OccupationName,
            PersonalDataMask.Name(employee.Name), ApplicationMails.Number(application), application.Status, application.Status.Name(),
            application.StatusReason, application.ClosingSummary ?? application.SubmissionSummary, returned,
            application.SubmittedAt, timetable?.WindowClosesAt, timetable?.ReviewEndsAt,
            reachesPublicity ? timetable?.PublicityText : null,
            // Issue 19 point 2: an authority's certificate is the number it gave, recorded on the application.
            certificate?.Number.Value ?? application.AuthorityCertificateNumber,
            certificate?.IssueDate ?? (application.AuthorityCertificateNumber is null ? null : application.AuthorityDecidedOn));
    }
}
