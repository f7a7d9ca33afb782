using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>
/// The assessor's part of 方案报审 over the HTTP API, for any host: the administrator registers an assessor and assigns
/// the enterprise to it, and the assessor decides with its own key. The key is kept per enterprise, so the next scheme
/// of the same enterprise goes to the same assessor.
/// </summary>
internal static class AssessorApi
{
    private static readonly ConcurrentDictionary<Guid, string> Keys = new();

    /// <summary>The key of the assessor the enterprise (whose key <paramref name="client"/> carries) is assigned to; made on first need.</summary>
    public static async Task<string> KeyForAsync(HttpClient client, string? name = null)
    {
        var enterprise = await client.GetFromJsonAsync<JsonElement>("/api/enterprise");
        var enterpriseId = enterprise.GetProperty("id").GetGuid();
        if (Keys.TryGetValue(enterpriseId, out var known)) return known;
        var created = await SendAsync(client, HttpMethod.Post, "/api/admin/assessors", CycleHost.AdminKey,
            new { name = name ?? $"江苏省职业技能鉴定中心（{enterpriseId.ToString("N")[..8]}）" });
        var assessorId = created.GetProperty("assessor").GetProperty("id").GetGuid();
        await SendAsync(client, HttpMethod.Put, $"/api/admin/enterprises/{enterpriseId}/assessor", CycleHost.AdminKey, new { assessorId });
        var key = created.GetProperty("apiKey").GetString()!;
        return Keys.GetOrAdd(enterpriseId, key);
    }

    /// <summary>The assessor approves a submitted scheme with its own key.</summary>
    public static Task<JsonElement> ApproveAsync(HttpClient client, string assessorKey, Guid schemeId) =>
        SendAsync(client, HttpMethod.Post, $"/api/assessor/schemes/{schemeId}/approve", assessorKey, null);

    /// <summary>A request with <paramref name="key"/> as X-Api-Key, in place of the client's own.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string key, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, string key, object? body)
    {
        var response = await client.SendAsync(Request(method, path, key, body));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
