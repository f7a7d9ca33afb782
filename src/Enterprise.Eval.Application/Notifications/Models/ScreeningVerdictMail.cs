namespace Enterprise.Eval.Application.Notifications.Models;

/// <summary>screening-verdict: passed, held for HR (with the items open) or not passed, with the reasons.</summary>
public sealed record ScreeningVerdictMail(string CycleName, bool Passed, bool Held, IReadOnlyList<string> Reasons, string? StatusUrl) : IMailModel
{
    public IReadOnlyDictionary<string, object?> ToTemplateModel() => new Dictionary<string, object?>
    {
        ["cycleName"] = CycleName, ["passed"] = Passed, ["held"] = Held, ["reasons"] = Reasons, ["statusUrl"] = StatusUrl,
    };
}
