using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Integration.Tests.Api;

namespace Enterprise.Eval.Integration.Tests.Hostile;

/// <summary>
/// Every POST and PUT operation the OpenAPI document lists, fed generated hostile bodies: never a 500, always a coded
/// problem+json refusal. The walk reads the document, so endpoints added later are covered without editing this test.
/// </summary>
public sealed partial class ApiBodyWalk
{
    [Fact]
    public async Task EveryPostAndPutOperation_HostileBodies_AnswerBelow500WithACodedChineseProblem()
    {
        await using var host = await ApiHost.StartAsync();
        var (_, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var operations = await OperationsAsync(host);
        Assert.Contains(operations, o => o.Path == "/api/admin/enterprises");
        var random = new Random(HostileBodies.Seed);
        var failures = new List<string>();
        var cases = 0;

        foreach (var (method, path) in operations)
        {
            var url = PathParameter().Replace(path, m => Substitute(m.Groups[1].Value, random));
            var client = host.Client(path.StartsWith("/api/admin", StringComparison.Ordinal) ? ApiHost.AdminKey : key);
            foreach (var body in HostileBodies.JsonBodies(random))
            {
                cases++;
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent(body.Bytes) };
                if (body.ContentType is not null) request.Content.Headers.ContentType = new MediaTypeHeaderValue(body.ContentType);
                var name = $"{method} {url} [{body.Name}]";
                try
                {
                    using var response = await client.SendAsync(request);
                    await ProblemAssert.RefusedWithCodeAsync(response, name);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures.Add(e is Xunit.Sdk.XunitException ? e.Message : $"{name}: {e.GetType().Name} {e.Message}");
                }
            }
        }

        Assert.True(cases > 100, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n" + string.Join("\n", failures.Take(40)));
    }

    internal static async Task<List<(string Method, string Path)>> OperationsAsync(ApiHost host)
    {
        using var document = JsonDocument.Parse(await host.Client().GetStringAsync("/openapi/v1.json"));
        var operations = new List<(string, string)>();
        // The API's operations: the public objection form is a page that answers HTML by design (its hostile posts
        // refusals, size limit and antiforgery are specified in PublicitySpecs).
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        foreach (var operation in path.Value.EnumerateObject())
            if (operation.Name is "post" or "put")
                operations.Add((operation.Name.ToUpperInvariant(), path.Name));
        return operations;
    }

    /// <summary>Route values that pass the route constraints but name nothing, and some that fail them.</summary>
    private static string Substitute(string parameter, Random random) => parameter switch
    {
        "number" => random.Next(2) == 0 ? "Y00003212345626T000001" : "%E4%B8不是编号",
        _ when random.Next(4) == 0 => "1",
        _ => Guid.NewGuid().ToString(),
    };

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex PathParameter();
}
