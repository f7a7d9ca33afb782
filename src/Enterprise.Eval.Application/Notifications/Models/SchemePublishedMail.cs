namespace Enterprise.Eval.Application.Notifications.Models;

/// <summary>scheme-published: the enterprise's 工作方案 is published to its staff, and where to read it.</summary>
public sealed record SchemePublishedMail(string SchemeTitle, int Year, string TargetLevel, DateOnly PublishedOn) : IMailModel
{
    public IReadOnlyDictionary<string, object?> ToTemplateModel() => new Dictionary<string, object?>
    {
        ["schemeTitle"] = SchemeTitle, ["year"] = Year, ["targetLevel"] = TargetLevel, ["publishedOn"] = PublishedOn,
    };
}
