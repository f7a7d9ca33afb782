using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker;

/// <summary>Section "Http": where the API listens and who administers the registry.</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Loopback by default: the HR platform reaches the plug-in through its own reverse proxy.</summary>
    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Key for the administrator endpoints (/api/admin/…). Empty disables them.</summary>
    public string? AdminKey { get; set; }

    internal sealed class Validator : IValidateOptions<HttpOptions>
    {
        public ValidateOptionsResult Validate(string? name, HttpOptions o)
        {
            var errors = new List<string>();
            if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                errors.Add($"Http:Url = '{o.Url}' is not an http(s) URL. Use e.g. 'http://127.0.0.1:5080'.");
            if (!string.IsNullOrEmpty(o.AdminKey) && o.AdminKey.Length < 16)
                errors.Add("Http:AdminKey is shorter than 16 characters. Use a long random value (e.g. `openssl rand -hex 24`) or leave it empty to disable administrator endpoints.");
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
