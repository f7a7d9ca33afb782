using System.Net;
using System.Text.RegularExpressions;

namespace Enterprise.Eval.Integration.Tests.Publicity;

/// <summary>Reads the public page and posts its objection form the way a browser does (cookie jar plus the form's antiforgery field).</summary>
internal static partial class PublicForm
{
    public static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PostAsync(
        HttpClient client, string pageUrl, Guid? entry, string text, string name, string contact, bool withToken = true)
    {
        var page = await client.GetStringAsync(pageUrl);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("entry", entry?.ToString() ?? ""), new("text", text), new("name", name), new("contact", contact),
        };
        if (withToken && TokenField().Match(page) is { Success: true } m)
            fields.Add(new(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)));
        var response = await client.PostAsync(pageUrl, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex TokenField();
}
