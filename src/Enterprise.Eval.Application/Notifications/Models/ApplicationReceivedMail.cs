namespace Enterprise.Eval.Application.Notifications.Models;

/// <summary>application-received: the applicant's receipt, with the number they quote and their status page.</summary>
public sealed record ApplicationReceivedMail(DateTimeOffset? ReceivedAt, string CycleName, string ApplicationNumber, string? StatusUrl) : IMailModel
{
    public IReadOnlyDictionary<string, object?> ToTemplateModel() => new Dictionary<string, object?>
    {
        ["receivedAt"] = ReceivedAt, ["cycleName"] = CycleName, ["applicationNumber"] = ApplicationNumber, ["statusUrl"] = StatusUrl,
    };
}
