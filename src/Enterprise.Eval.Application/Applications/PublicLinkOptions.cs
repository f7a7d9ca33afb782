namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// Where people outside the HR platform reach the service (section "Http"): the base of the links in mails to the
/// publicity page and the applicant's status page. <c>Http:PublicBaseUrl</c> when the service sits behind a proxy
/// or gateway, otherwise <c>Http:Url</c>, where it listens.
/// </summary>
public sealed class PublicLinkOptions
{
    public const string Section = "Http";

    public string? PublicBaseUrl { get; set; }

    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The configured public address without a trailing slash, or null when none is configured.</summary>
    public string? ConfiguredPublicBaseUrl => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.Trim().TrimEnd('/');

    public string BaseUrl => ConfiguredPublicBaseUrl ?? Url.Trim().TrimEnd('/');
}
