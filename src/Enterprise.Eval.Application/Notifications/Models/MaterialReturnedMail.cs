namespace Enterprise.Eval.Application.Notifications.Models;

/// <summary>material-returned: what HR returned and why, and the day to send it again by.</summary>
public sealed record MaterialReturnedMail(string CycleName, IReadOnlyList<string> Reasons, DateOnly ResubmitBy, string? StatusUrl) : IMailModel
{
    public IReadOnlyDictionary<string, object?> ToTemplateModel() => new Dictionary<string, object?>
    {
        ["cycleName"] = CycleName, ["reasons"] = Reasons, ["resubmitBy"] = ResubmitBy, ["statusUrl"] = StatusUrl,
    };
}
