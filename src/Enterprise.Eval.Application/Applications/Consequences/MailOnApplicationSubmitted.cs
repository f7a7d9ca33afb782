using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications.Events;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>The applicant's receipt, once per submission (the key names the submission instant), with the status link.</summary>
public sealed class MailOnApplicationSubmitted(ApplicationMails mails, ApplicationSubjects subjects) : IDomainEventHandler<ApplicationSubmitted>
{
    public async Task HandleAsync(ApplicationSubmitted domainEvent, EventContext context, CancellationToken ct)
    {
        var application = domainEvent.Application;
        await mails.ReceivedAsync(application, await subjects.EmployeeAsync(application.EmployeeId, ct),
            await subjects.CycleNameAsync(application.CycleId, ct), ct);
    }
}
