using System.Net;
using System.Text.Json;

namespace Enterprise.Eval.Integration.Tests.Hostile;

/// <summary>What every refusal must look like: below 500, problem+json, a stable EVAL- code and a Chinese detail.</summary>
public static class ProblemAssert
{
    public static async Task RefusedWithCodeAsync(HttpResponseMessage response, string caseName)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{caseName}: HTTP {status} {Trim(body)}");
        if (status < 400) return;
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{caseName}: HTTP {status} with content type '{response.Content.Headers.ContentType}' {Trim(body)}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.TryGetProperty("code", out var code) && code.GetString()?.StartsWith("EVAL-", StringComparison.Ordinal) == true,
            $"{caseName}: HTTP {status} without an EVAL- code {Trim(body)}");
        Assert.True(json.RootElement.TryGetProperty("detail", out var detail) && HasChinese(detail.GetString()),
            $"{caseName}: HTTP {status} without a Chinese detail {Trim(body)}");
    }

    public static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    public static bool IsRefusal(HttpStatusCode status) => (int)status is >= 400 and < 500;

    private static string Trim(string body) => body.Length > 400 ? body[..400] + "…" : body;
}
