using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications.Events;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>The closing screening's verdict to the applicant, once (key :close): passed, held with the open items, or not passed.</summary>
public sealed class MailOnApplicationScreened(ApplicationMails mails, ApplicationSubjects subjects) : IDomainEventHandler<ApplicationScreened>
{
    public async Task HandleAsync(ApplicationScreened domainEvent, EventContext context, CancellationToken ct)
    {
        var application = domainEvent.Application;
        await mails.VerdictAsync(application, await subjects.EmployeeAsync(application.EmployeeId, ct),
            await subjects.CycleNameAsync(application.CycleId, ct), domainEvent.Verdict, ct, domainEvent.Gate);
    }
}
