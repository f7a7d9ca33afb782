using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker;

/// <summary>Section "Http": where the API listens and who administers the registry.</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Loopback by default: the HR platform reaches the plug-in through its own reverse proxy.</summary>
    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The address people outside reach the service at (behind a proxy or gateway), for links in mails to the publicity
    /// and status pages; empty means <see cref="Url"/>. Read by Application's PublicLinkOptions from the same section.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Addresses of the reverse proxies in front of the service whose X-Forwarded-For names the real client (for the
    /// objection form's per-address limit). Empty: the header is not believed.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// The largest CSV body the import endpoints (roster, facts) read. 96 MiB holds a 500,000-row roster with every
    /// column (about 157 bytes a row); Kestrel's 30,000,000-byte default stays for every other request.
    /// </summary>
    public long MaxImportBytes { get; set; } = 96L * 1024 * 1024;

    /// <summary>Key for the administrator endpoints (/api/admin/…). Empty disables them.</summary>
    public string? AdminKey { get; set; }

    internal sealed class Validator : IValidateOptions<HttpOptions>
    {
        public ValidateOptionsResult Validate(string? name, HttpOptions o)
        {
            var errors = new List<string>();
            if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                errors.Add($"Http:Url = '{o.Url}' is not an http(s) URL. Use e.g. 'http://127.0.0.1:5080'.");
            if (!string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                && (!Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var pub) || (pub.Scheme != "http" && pub.Scheme != "https") || pub.Query.Length > 0))
                errors.Add($"Http:PublicBaseUrl = '{o.PublicBaseUrl}' is not an http(s) base address. Use e.g. 'https://eval.example.com' (no query), or leave it empty to use Http:Url.");
            if (!string.IsNullOrEmpty(o.AdminKey) && o.AdminKey.Length < 16)
                errors.Add("Http:AdminKey is shorter than 16 characters. Use a long random value (e.g. `openssl rand -hex 24`) or leave it empty to disable administrator endpoints.");
            if (o.MaxImportBytes is < 1024 or > int.MaxValue)
                errors.Add($"Http:MaxImportBytes = {o.MaxImportBytes} is out of range. Use a byte count from 1024 to {int.MaxValue}, e.g. 100663296 (96 MiB).");
            foreach (var proxy in o.KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
                errors.Add($"Http:KnownProxies contains '{proxy}', which is not an IP address. List the proxies' addresses, e.g. [\"10.0.0.5\"].");
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
