using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Application.Notifications.Models;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The application's mails, added to the caller's unit of work through the outbox (never saved here). Each carries the
/// link to the applicant's status page. The models are typed (Notifications/Models/).
/// </summary>
public sealed class ApplicationMails(MailOutbox outbox, ApplicantStatusLinks links)
{
    public async Task ReceivedAsync(SkillApplication application, Employee employee, string cycleName, CancellationToken ct) =>
        await outbox.AddAsync(Notification.Of(MailEvent.ApplicationReceived, application.EnterpriseId,
            $"{application.Id:N}:{application.SubmittedAt?.UtcTicks}", [MailRecipient.ForEmployee(employee)],
            new ApplicationReceivedMail(application.SubmittedAt, cycleName, Number(application), await links.UrlForAsync(application.Id, ct))), ct);

    /// <summary>
    /// The screening verdict as the application now stands: passed, held for HR (with the items open) or not passed.
    /// The closing screening sends it once (key :close); HR settling a held application sends the outcome (key :hold).
    /// </summary>
    public async Task VerdictAsync(SkillApplication application, Employee employee, string cycleName, Verdict verdict, CancellationToken ct,
        GateFinding? gate = null, bool afterHold = false) =>
        await outbox.AddAsync(Notification.Of(MailEvent.ScreeningVerdict, application.EnterpriseId,
            $"{application.Id:N}:{(afterHold ? "hold" : "close")}",
            [MailRecipient.ForEmployee(employee)],
            new ScreeningVerdictMail(
                cycleName,
                Passed: application.Status == ApplicationStatus.Screened,
                Held: application.Status == ApplicationStatus.Held,
                Reasons: application.Status switch
                {
                    ApplicationStatus.Screened => Array.Empty<string>(),
                    ApplicationStatus.Held => gate is { IsOpen: true } ? gate.Reasons : [application.StatusReason ?? verdict.Summary],
                    _ when gate is { IsRefused: true } => [gate.RefusalText],
                    _ => verdict.FailingReasons.Count > 0 ? verdict.FailingReasons : [verdict.Summary],
                },
                await links.UrlForAsync(application.Id, ct))), ct);

    public async Task MaterialReturnedAsync(
        SkillApplication application, Employee employee, string cycleName, MaterialFile file, string itemName, DateOnly resubmitBy, CancellationToken ct) =>
        await outbox.AddAsync(Notification.Of(MailEvent.MaterialReturned, application.EnterpriseId, $"{file.Id:N}:returned",
            [MailRecipient.ForEmployee(employee)],
            new MaterialReturnedMail(cycleName, [$"{itemName}：{file.ReturnReason}"], resubmitBy, await links.UrlForAsync(application.Id, ct))), ct);

    public async Task DisqualifiedAsync(SkillApplication application, Employee employee, string cycleName, DateTimeOffset at, CancellationToken ct) =>
        await outbox.AddAsync(Notification.Of(MailEvent.Disqualified, application.EnterpriseId, $"{application.Id:N}:disqualified",
            [MailRecipient.ForEmployee(employee)],
            new DisqualifiedMail(cycleName, ChinaTime.DateOf(at), [application.StatusReason ?? ""], await links.UrlForAsync(application.Id, ct))), ct);

    /// <summary>The number the applicant quotes: the first eight hex digits of the id, upper case.</summary>
    public static string Number(SkillApplication application) => application.Id.ToString("N")[..8].ToUpperInvariant();
}
