using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// HR disqualifies an applicant for falsified materials, at any stage: the application is closed, a ban of the
/// scheme's misconductBanYears is recorded from today, and a certificate already issued is revoked (seed 004: 取消资格并
/// 撤销证书; the number is kept, never reused).
/// </summary>
public sealed class DisqualificationService(
    IEvalDbContext db, ApplicationCycles cycles, ApplicationService applications, TimeProvider clock, ICertificateRevocation? revocation = null)
{
    public async Task<DisqualificationResult> DisqualifyAsync(
        Guid enterpriseId, Guid cycleId, Guid applicationId, string reason, string actor, CancellationToken ct = default)
    {
        var context = await cycles.LoadAsync(enterpriseId, cycleId, ct);
        var application = await applications.FindAsync(enterpriseId, cycleId, applicationId, ct);
        var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == application.EmployeeId, ct);
        var now = clock.GetUtcNow();
        var transition = application.Disqualify(reason, now);

        BanRecord? ban = null;
        // A ban (江苏 004 四(三)) or a credit record that bars nothing (南通 002 二(六)), as the scheme says.
        var (years, kind) = context.Scheme.MisconductBanYears is { } banYears ? (banYears, MisconductRecordKind.Ban)
            : context.Scheme.MisconductCreditRecordYears is { } recordYears ? (recordYears, MisconductRecordKind.CreditRecord)
            : (0, MisconductRecordKind.Ban);
        if (years > 0)
        {
            ban = BanRecord.ForYears(enterpriseId, employee.Id, application.Id, ChinaTime.DateOf(now), years, $"弄虚作假（{application.StatusReason}）",
                now, actor, kind);
            db.Bans.Add(ban);
        }

        var revoked = false;
        if (transition.From == ApplicationStatus.Certified)
        {
            if (revocation is null)
                throw new DomainException(ApplicationErrors.RevocationUnavailable, "该申报人已取得证书，但证书撤销功能未启用，暂不能取消资格；请联系系统管理员");
            // The revocation saves the same unit of work, so the disqualification, ban and revocation commit together.
            revoked = (await revocation.RevokeForFraudAsync(enterpriseId, cycleId, employee.Id, application.StatusReason!, actor, ct)).Count > 0;
        }
        // The removal's audit and mail and the ban's audit are the events' consequences (ApplicantRemoved, BanRecorded).
        await db.SaveChangesAsync(actor, ct);
        return new DisqualificationResult(application, ban, revoked);
    }
}
