using System.Net.Http.Json;
using System.Text.Json;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>HR's first calls over the HTTP API, for any host: the in-process test server or a Worker process.</summary>
internal static class HrApi
{
    /// <summary>Registers an enterprise through the administrator API; returns its id and key.</summary>
    public static async Task<(Guid Id, string Key)> RegisterAsync(
        HttpClient admin, string name, string creditCode, string? hrContactName = null, string? hrContactEmail = null)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/enterprises", new
        {
            name, creditCode, evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32", siteSequenceCode = "000123",
            registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-" + creditCode[^4..], registrationDate = "2026-01-05",
            hrContactName, hrContactEmail,
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("enterprise").GetProperty("id").GetGuid(), body.GetProperty("apiKey").GetString()!);
    }

    /// <summary>
    /// Uploads a scheme text and takes it to Published (when it requires assessment: submitted to the enterprise's
    /// assessor, made on first need, which approves with its own key); the calls take
    /// the given clients in turn, so with two nodes they alternate.
    /// </summary>
    public static async Task<Guid> PublishedSchemeAsync(IReadOnlyList<HttpClient> clients, string yaml)
    {
        var turn = 0;
        HttpClient Next() => clients[turn++ % clients.Count];
        var upload = await Next().PostAsync("/api/schemes", new StringContent(yaml));
        upload.EnsureSuccessStatusCode();
        var scheme = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var id = scheme.GetProperty("id").GetGuid();
        if (scheme.GetProperty("assessmentRequired").GetBoolean())
        {
            // 方案报审 (004 二(三)): the enterprise's assessor approves with its own key, never the enterprise's.
            var assessorKey = await AssessorApi.KeyForAsync(Next());
            (await Next().PostAsync($"/api/schemes/{id}/submit", null)).EnsureSuccessStatusCode();
            await AssessorApi.ApproveAsync(Next(), assessorKey, id);
        }
        else
            (await Next().PostAsync($"/api/schemes/{id}/approve", null)).EnsureSuccessStatusCode();
        (await Next().PostAsync($"/api/schemes/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }
}
