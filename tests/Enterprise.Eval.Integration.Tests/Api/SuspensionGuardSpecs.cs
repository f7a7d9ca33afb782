using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>
/// A suspended or struck-off enterprise reads its data but changes nothing. The mutating endpoints are taken from the
/// endpoint data source, so an endpoint added later is walked without editing this spec.
/// </summary>
public sealed class SuspensionGuardSpecs : IAsyncLifetime
{
    private ApiHost _host = null!;
    private Guid _enterpriseId;
    private string _key = "";

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        (_enterpriseId, _key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IReadOnlyList<(string Method, string Path)> TenantEndpoints(Func<string, bool> methodFilter) =>
        _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Worker.Api.EnterpriseScope.TenantEndpoint>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(methodFilter)
                .Select(m => (m, Concrete(e.RoutePattern.RawText!))))
            .ToList();

    /// <summary>Fills route parameters ({id:guid}, {year:int}, {name}) with values that satisfy their constraints.</summary>
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:(\w+))?[^}]*\}", m => m.Groups[3].Value switch
        {
            "guid" => Guid.NewGuid().ToString(),
            "int" or "long" => "2026",
            _ => "x",
        });

    [Theory]
    [InlineData("suspend", "EVAL-ENT-021")]
    [InlineData("strike-off", "EVAL-ENT-020")]
    public async Task EveryMutatingTenantEndpoint_IsRefusedWithTheStatusCode(string action, string code)
    {
        (await _host.Client(ApiHost.AdminKey).PostAsync($"/api/admin/enterprises/{_enterpriseId}/{action}", null)).EnsureSuccessStatusCode();
        var mutating = TenantEndpoints(EnterpriseScopeMutates);
        Assert.NotEmpty(mutating);
        var client = _host.Client(_key);

        var failures = new List<string>();
        foreach (var (method, path) in mutating)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.UnprocessableEntity || !body.Contains($"\"{code}\""))
                failures.Add($"{method} {path}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 120)]}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task SuspendedEnterprise_StillReads()
    {
        (await _host.Client(ApiHost.AdminKey).PostAsync($"/api/admin/enterprises/{_enterpriseId}/suspend", null)).EnsureSuccessStatusCode();

        var response = await _host.Client(_key).GetAsync("/api/enterprise");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool EnterpriseScopeMutates(string method) => Worker.Api.EnterpriseScope.Mutates(method);
}
