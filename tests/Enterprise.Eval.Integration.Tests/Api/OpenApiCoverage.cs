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
            if (operation.Name == "get")
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
