using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The application's mails, added to the caller's unit of work through the outbox (never saved here). Each carries the
/// link to the applicant's status page (model key statusUrl).
/// </summary>
public sealed class ApplicationMails(MailOutbox outbox, ApplicantStatusLinks links)
{
    public async Task ReceivedAsync(SkillApplication application, Employee employee, string cycleName, CancellationToken ct) =>
        await outbox.AddAsync(new Notification(MailEvent.ApplicationReceived, application.EnterpriseId,
            $"{application.Id:N}:{application.SubmittedAt?.UtcTicks}", [MailRecipient.ForEmployee(employee)],
            new Dictionary<string, object?>
            {
                ["receivedAt"] = application.SubmittedAt, ["cycleName"] = cycleName, ["applicationNumber"] = Number(application),
                ["statusUrl"] = await links.UrlForAsync(application.Id, ct),
            }), ct);

    public async Task VerdictAsync(SkillApplication application, Employee employee, string cycleName, Verdict verdict, CancellationToken ct) =>
        await outbox.AddAsync(new Notification(MailEvent.ScreeningVerdict, application.EnterpriseId, $"{application.Id:N}:close",
            [MailRecipient.ForEmployee(employee)],
            new Dictionary<string, object?>
            {
                ["cycleName"] = cycleName,
                ["passed"] = application.Status == ApplicationStatus.Screened,
                ["reasons"] = application.Status == ApplicationStatus.Screened ? Array.Empty<string>()
                    : verdict.FailingReasons.Count > 0 ? verdict.FailingReasons : [verdict.Summary],
                ["statusUrl"] = await links.UrlForAsync(application.Id, ct),
            }), ct);

    public async Task MaterialReturnedAsync(
        SkillApplication application, Employee employee, string cycleName, MaterialFile file, string itemName, DateOnly resubmitBy, CancellationToken ct) =>
        await outbox.AddAsync(new Notification(MailEvent.MaterialReturned, application.EnterpriseId, $"{file.Id:N}:returned",
            [MailRecipient.ForEmployee(employee)],
            new Dictionary<string, object?>
            {
                ["cycleName"] = cycleName, ["reasons"] = new[] { $"{itemName}：{file.ReturnReason}" }, ["resubmitBy"] = resubmitBy,
                ["statusUrl"] = await links.UrlForAsync(application.Id, ct),
            }), ct);

    public async Task DisqualifiedAsync(SkillApplication application, Employee employee, string cycleName, DateTimeOffset at, CancellationToken ct) =>
        await outbox.AddAsync(new Notification(MailEvent.Disqualified, application.EnterpriseId, $"{application.Id:N}:disqualified",
            [MailRecipient.ForEmployee(employee)],
            new Dictionary<string, object?>
            {
                ["cycleName"] = cycleName, ["decidedOn"] = ChinaTime.DateOf(at), ["reasons"] = new[] { application.StatusReason ?? "" },
                ["statusUrl"] = await links.UrlForAsync(application.Id, ct),
            }), ct);

    /// <summary>The number the applicant quotes: the first eight hex digits of the id, upper case.</summary>
    public static string Number(SkillApplication application) => application.Id.ToString("N")[..8].ToUpperInvariant();
}
