using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications.Events;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>
/// What HR's decisions on an application tell the applicant: a returned material (with the last day to send it again),
/// the verdict once a held application moves on or out, and the removal (disqualification, or a later "no").
/// </summary>
public sealed class MailOnHrDecision(ApplicationMails mails, ApplicationSubjects subjects)
    : IDomainEventHandler<MaterialReviewed>, IDomainEventHandler<ApplicationReassessed>, IDomainEventHandler<ApplicantRemoved>
{
    public async Task HandleAsync(MaterialReviewed e, EventContext context, CancellationToken ct)
    {
        if (e.Accepted) return;
        var application = e.Application;
        // The last minute of the window belongs to the day before when the window closes at midnight.
        var resubmitBy = ChinaTime.DateOf((await subjects.WindowClosesAtAsync(application.CycleId, ct)).AddMinutes(-1));
        await mails.MaterialReturnedAsync(application, await subjects.EmployeeAsync(application.EmployeeId, ct),
            await subjects.CycleNameAsync(application.CycleId, ct), e.File, e.ItemName, resubmitBy, ct);
    }

    public async Task HandleAsync(ApplicationReassessed e, EventContext context, CancellationToken ct)
    {
        var application = e.Application;
        await mails.VerdictAsync(application, await subjects.EmployeeAsync(application.EmployeeId, ct),
            await subjects.CycleNameAsync(application.CycleId, ct), e.Verdict, ct, e.Gate, afterHold: true);
    }

    public async Task HandleAsync(ApplicantRemoved e, EventContext context, CancellationToken ct)
    {
        var application = e.Application;
        await mails.DisqualifiedAsync(application, await subjects.EmployeeAsync(application.EmployeeId, ct),
            await subjects.CycleNameAsync(application.CycleId, ct), e.At, ct);
    }
}
