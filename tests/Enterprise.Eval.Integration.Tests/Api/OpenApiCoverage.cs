using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>The OpenAPI document against the endpoints the service really maps: nothing left out, nothing undocumented.</summary>
public sealed partial class OpenApiCoverage
{
    [Fact]
    public async Task EveryMappedEndpoint_IsInTheOpenApiDocument()
    {
        await using var host = await ApiHost.StartAsync();
        var documented = await DocumentedAsync(host);

        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Where(e => e.RoutePattern.RawText != "/openapi/{documentName}.json")
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();

        Assert.True(mapped.Count(m => m.Contains(" /api/", StringComparison.Ordinal)) > 50, $"only {mapped.Count} endpoints found");
        var missing = mapped.Where(m => !documented.Contains(m)).ToList();
        Assert.True(missing.Count == 0, "not in /openapi/v1.json:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task EveryPostAndPutUnderApi_DescribesTheIdempotencyKeyHeader()
    {
        await using var host = await ApiHost.StartAsync();
        using var document = JsonDocument.Parse(await host.Client().GetStringAsync("/openapi/v1.json"));

        var checkedOperations = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "get"))
        {
            var header = operation.Value.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().FirstOrDefault(p => p.GetProperty("name").GetString() == IdempotencyMiddleware.Header)
                : default;
            // Only POST and PUT under /api take the header: a GET or a public page's form never does.
            if (operation.Name == "get" || !path.Name.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.Equal(JsonValueKind.Undefined, header.ValueKind);
                continue;
            }
            checkedOperations++;
            Assert.True(header.ValueKind == JsonValueKind.Object, $"{operation.Name} {path.Name} does not describe {IdempotencyMiddleware.Header}");
            Assert.Equal("header", header.GetProperty("in").GetString());
            Assert.Contains("幂等", header.GetProperty("description").GetString());
        }
        Assert.True(checkedOperations > 30, $"only {checkedOperations} POST/PUT operations");
    }

    [Fact]
    public async Task TheKeySchemes_AreDeclared_AndEveryApiOperationNamesItsOwn()
    {
        await using var host = await ApiHost.StartAsync();
        using var document = await DocumentAsync(host);
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");

        foreach (var name in new[] { ProblemOpenApi.EnterpriseKeyScheme, ProblemOpenApi.AdminKeyScheme, ProblemOpenApi.AssessorKeyScheme })
        {
            var scheme = schemes.GetProperty(name);
            Assert.Equal(("apiKey", "header", EnterpriseScope.Header),
                (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        }
        var checkedOperations = 0;
        foreach (var (path, method, operation) in Operations(document))
        {
            var named = operation.TryGetProperty("security", out var security)
                ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList()
                : [];
            if (!path.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.True(named.Count == 0, $"{method} {path} is public but names a key");
                continue;
            }
            checkedOperations++;
            var expected = path.StartsWith("/api/admin/", StringComparison.Ordinal) ? ProblemOpenApi.AdminKeyScheme
                : path.StartsWith("/api/assessor/", StringComparison.Ordinal) ? ProblemOpenApi.AssessorKeyScheme : ProblemOpenApi.EnterpriseKeyScheme;
            Assert.True(named.SequenceEqual([expected]), $"{method} {path} names [{string.Join(", ", named)}], not {expected}");
        }
        Assert.True(checkedOperations > 50, $"only {checkedOperations} operations under /api");
    }

    [Fact]
    public async Task EveryApiOperation_DeclaresItsErrorAnswers_AsProblemJsonWithTheirCodes()
    {
        await using var host = await ApiHost.StartAsync();
        using var document = await DocumentAsync(host);
        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(ProblemOpenApi.SchemaName)
            .GetProperty("properties").GetProperty("code").ValueKind);

        foreach (var (path, method, operation) in Operations(document).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var where = $"{method} {path}";
            var responses = operation.GetProperty("responses");
            var errors = responses.EnumerateObject().Where(r => int.Parse(r.Name) >= 400).ToList();
            Assert.Contains(errors, r => r.Name == "401");
            if (path.Contains('{')) Assert.True(errors.Any(r => r.Name == "404"), $"{where} has an id but no 404");
            if (method is "post" or "put")
            {
                Assert.True(Codes(responses, "400").Contains(IdempotencyMiddleware.BadKeyCode), $"{where}: 400 without {IdempotencyMiddleware.BadKeyCode}");
                Assert.True(Codes(responses, "409").Contains(IdempotencyMiddleware.InProgressCode), $"{where}: 409 without {IdempotencyMiddleware.InProgressCode}");
                Assert.True(Codes(responses, "422").Contains(IdempotencyMiddleware.MismatchCode), $"{where}: 422 without {IdempotencyMiddleware.MismatchCode}");
                if (!path.StartsWith("/api/admin/", StringComparison.Ordinal))
                    Assert.True(Codes(responses, "422").Contains("EVAL-ENT-021"), $"{where}: a change without the suspension code");
            }
            foreach (var error in errors)
            {
                var schema = error.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                Assert.Equal($"#/components/schemas/{ProblemOpenApi.SchemaName}", schema.GetProperty("$ref").GetString());
                var codes = Codes(responses, error.Name);
                Assert.True(codes.Count > 0, $"{where} {error.Name} lists no code");
                Assert.All(codes, c => Assert.Matches(@"^EVAL-[A-Z]+(-([A-Z0-9]+|\*))?$", c));
                Assert.All(codes, c => Assert.Contains(c, error.Value.GetProperty("description").GetString()));
            }
        }
    }

    [Fact]
    public async Task ThePublicPages_AreDocumented_AsHtmlWithoutAKey_AndTheObjectionFormWithItsFields()
    {
        await using var host = await ApiHost.StartAsync();
        using var document = await DocumentAsync(host);
        var paths = document.RootElement.GetProperty("paths");

        var publicity = paths.GetProperty("/publicity/{token}");
        var status = paths.GetProperty("/status/{token}");
        foreach (var operation in new[] { publicity.GetProperty("get"), publicity.GetProperty("post"), status.GetProperty("get") })
        {
            Assert.False(operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0);
            Assert.True(operation.GetProperty("responses").GetProperty("404").GetProperty("content").TryGetProperty("text/html", out _));
        }
        Assert.True(publicity.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/html", out _));
        Assert.True(status.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/html", out _));
        var post = publicity.GetProperty("post");
        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded").GetProperty("schema").GetProperty("properties");
        Assert.Equal(["__RequestVerificationToken", "contact", "entry", "name", "text"], form.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var (answer, code) in new[] { ("302", ""), ("400", "EVAL-PUB-051"), ("413", "EVAL-PUB-052"), ("422", "EVAL-PUB-00"), ("429", "EVAL-PUB-050") })
            Assert.Contains(code, post.GetProperty("responses").GetProperty(answer).GetProperty("description").GetString());
    }

    /// <summary>Real failing requests: each answer's status and code must be one the document declares for that operation.</summary>
    [Fact]
    public async Task EveryErrorTheServiceGives_IsDeclaredOnItsOperation()
    {
        await using var host = await ApiHost.StartAsync();
        using var document = await DocumentAsync(host);
        var (enterpriseId, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var client = host.Client(key);
        var unknown = Guid.NewGuid();
        var cases = new List<(string Method, string Template, Func<Task<HttpResponseMessage>> Send)>
        {
            ("get", "/api/cycles", () => host.Client().GetAsync("/api/cycles")),
            ("get", "/api/admin/enterprises", () => client.GetAsync("/api/admin/enterprises")),
            ("get", "/api/cycles", () => client.GetAsync("/api/cycles?pageSize=0")),
            ("get", "/api/cycles/{id}", () => client.GetAsync($"/api/cycles/{unknown}")),
            ("get", "/api/certificates/{number}", () => client.GetAsync("/api/certificates/NOSUCHNUMBER")),
            ("get", "/api/cycles/{cycleId}/applications", () => client.GetAsync($"/api/cycles/{unknown}/applications")),
            ("post", "/api/cycles", () => client.PostAsync("/api/cycles", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))),
            ("post", "/api/cycles", () => client.PostAsync("/api/cycles", new StringContent("schemeId=1", System.Text.Encoding.UTF8, "text/plain"))),
            ("post", "/api/cycles", () => client.PostAsJsonAsync("/api/cycles", new { schemeId = unknown, year = 2026, windowOpensAt = "明天", windowClosesAt = "", reviewEndsAt = "", publicityStartsAt = "" })),
            ("post", "/api/schemes", () => client.PostAsync("/api/schemes", new StringContent("title: [unclosed"))),
            ("post", "/api/roster", () => client.PostAsync("/api/roster", new StringContent("工号,姓名\nE1,张三\n"))),
            ("post", "/api/cycles/{id}/pause", () => client.PostAsJsonAsync($"/api/cycles/{unknown}/pause", new { reason = "x" })),
            ("post", "/api/schemes/check", () => Keyed(client, "/api/schemes/check", "bad key", "title: a")),
            ("post", "/api/schemes/check", () => Keyed(client, "/api/schemes/check", "same-key", "title: a")),
            ("post", "/api/schemes/check", () => Keyed(client, "/api/schemes/check", "same-key", "title: b")),
            ("post", "/api/admin/enterprises/{id}/suspend", () => host.Client(ApiHost.AdminKey).PostAsync($"/api/admin/enterprises/{unknown}/suspend", null)),
            ("post", "/api/admin/enterprises/{id}/suspend", () => host.Client(ApiHost.AdminKey).PostAsync($"/api/admin/enterprises/{enterpriseId}/suspend", null)),
            ("post", "/api/schemes", () => client.PostAsync("/api/schemes", new StringContent("title: a"))),
        };

        var seen = new HashSet<string>();
        var undeclared = new List<string>();
        foreach (var (method, template, send) in cases)
        {
            using var response = await send();
            var status = (int)response.StatusCode;
            if (status < 400) continue;
            var body = await response.Content.ReadAsStringAsync();
            var code = JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
            seen.Add($"{status} {code}");
            var operation = Operation(document, method, template);
            Assert.True(operation is not null, $"{method} {template} is not in the document");
            var declared = operation!.Value.GetProperty("responses").TryGetProperty(status.ToString(), out _)
                ? Codes(operation.Value.GetProperty("responses"), status.ToString()) : [];
            if (!declared.Any(d => d == code || (d.EndsWith('*') && code.StartsWith(d.TrimEnd('*'), StringComparison.Ordinal))))
                undeclared.Add($"{method} {template}: {status} {code} not in [{string.Join(", ", declared)}]");
        }
        Assert.True(undeclared.Count == 0, string.Join("\n", undeclared));
        // The cases really reached each kind of failure.
        foreach (var expected in new[] { "401 EVAL-API-401", "400 EVAL-API-030", "404 EVAL-NOTFOUND", "400 EVAL-API-400", "415 EVAL-API-415",
                     "422 EVAL-CYCLE-032", "422 EVAL-SCHEMEDOC-010", "422 EVAL-ROSTER-REJECTED", "400 EVAL-API-021", "422 EVAL-API-020", "422 EVAL-ENT-021" })
            Assert.True(seen.Contains(expected), $"no case answered {expected}; seen: {string.Join(", ", seen)}");
    }

    private static Task<HttpResponseMessage> Keyed(HttpClient client, string path, string key, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Headers.TryAddWithoutValidation(IdempotencyMiddleware.Header, key);
        return client.SendAsync(request);
    }

    private static List<string> Codes(JsonElement responses, string status) =>
        responses.TryGetProperty(status, out var response) && response.TryGetProperty(ProblemOpenApi.CodesExtension, out var codes)
            ? codes.EnumerateArray().Select(c => c.GetString()!).ToList()
            : [];

    private static JsonElement? Operation(JsonDocument document, string method, string template)
    {
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
            if (Normalize(path.Name) == template && path.Value.TryGetProperty(method, out var operation))
                return operation;
        return null;
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonDocument document) =>
        document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(o => (Normalize(p.Name), o.Name, o.Value)));

    private static async Task<JsonDocument> DocumentAsync(ApiHost host) =>
        JsonDocument.Parse(await host.Client().GetStringAsync("/openapi/v1.json"));

    private static async Task<HashSet<string>> DocumentedAsync(ApiHost host)
    {
        using var document = JsonDocument.Parse(await host.Client().GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is not ("parameters" or "summary" or "description"))
                .Select(o => $"{o.Name.ToUpperInvariant()} {Normalize(p.Name)}"))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Route constraints and a trailing slash are not part of the documented path.</summary>
    private static string Normalize(string pattern)
    {
        var path = Constraint().Replace(pattern, "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{([^}:?]+)(:[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
