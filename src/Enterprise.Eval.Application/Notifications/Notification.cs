using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// An event to announce by mail. EventKey names this occurrence (e.g. the application ID and verdict revision): the
/// same kind, key and recipient is mailed once, however often the caller asks. Model keys are camelCase; dates as
/// DateOnly or DateTimeOffset are shown the Chinese way by the templates' date helper. Never put an ID number in it.
/// </summary>
public sealed record Notification(
    MailEvent Kind,
    Guid EnterpriseId,
    string EventKey,
    IReadOnlyList<MailRecipient> Recipients,
    IReadOnlyDictionary<string, object?> Model)
{
    /// <summary>A notification whose model is a typed mail model (Notifications/Models/).</summary>
    public static Notification Of(MailEvent kind, Guid enterpriseId, string eventKey, IReadOnlyList<MailRecipient> recipients, IMailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new Notification(kind, enterpriseId, eventKey, recipients, model.ToTemplateModel());
    }
}
