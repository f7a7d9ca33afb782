namespace Enterprise.Eval.Application.Notifications.Models;

/// <summary>disqualified: the day of the decision and its reason.</summary>
public sealed record DisqualifiedMail(string CycleName, DateOnly DecidedOn, IReadOnlyList<string> Reasons, string? StatusUrl) : IMailModel
{
    public IReadOnlyDictionary<string, object?> ToTemplateModel() => new Dictionary<string, object?>
    {
        ["cycleName"] = CycleName, ["decidedOn"] = DecidedOn, ["reasons"] = Reasons, ["statusUrl"] = StatusUrl,
    };
}
