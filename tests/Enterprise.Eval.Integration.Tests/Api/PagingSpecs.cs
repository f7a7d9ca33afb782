using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Worker.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>One paging convention for every list (docs/api.md, "Lists"): page/pageSize, a total, and a next link.</summary>
public sealed partial class PagingSpecs : IAsyncLifetime
{
    private ApiHost _host = null!;
    private string _key = "";

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        (_, _key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Schemes_ArePaged_AndNextLeadsThroughEveryOne_ThenIsNull()
    {
        var client = _host.Client(_key);
        var uploaded = new List<Guid>();
        foreach (var yaml in new[] { SchemeTexts.Binzhou(2026), SchemeTexts.Jiangsu(2026), SchemeTexts.Binzhou(2027) })
        {
            var response = await client.PostAsync("/api/schemes", new StringContent(yaml));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            uploaded.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var first = await client.GetFromJsonAsync<JsonElement>("/api/schemes?pageSize=2");
        Assert.Equal((1, 2, 3), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("total").GetInt32()));
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("next").GetString();
        Assert.Equal("/api/schemes?pageSize=2&page=2", next);
        var second = await client.GetFromJsonAsync<JsonElement>(next);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(s => s.GetProperty("id").GetGuid());
        Assert.Equal(uploaded.Order(), seen.Order());
        var defaults = await client.GetFromJsonAsync<JsonElement>("/api/schemes");
        Assert.Equal((1, Paging.DefaultPageSize, 3), (defaults.GetProperty("page").GetInt32(), defaults.GetProperty("pageSize").GetInt32(), defaults.GetProperty("items").GetArrayLength()));
        Assert.Equal(JsonValueKind.Null, defaults.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Next_KeepsTheListsFilters()
    {
        var client = _host.Client(_key);
        var cycleId = Guid.NewGuid();

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/certificates?cycleId={cycleId}&pageSize=1");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=1.5", "pageSize")]
    public async Task ABadPagingValue_IsRefused400WithTheCodeNamingTheParameter(string query, string parameter)
    {
        var response = await _host.Client(_key).GetAsync($"/api/cycles?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Paging.BadValueCode, problem.GetProperty("code").GetString());
        Assert.Contains($"分页参数 {parameter} ", problem.GetProperty("detail").GetString());
    }

    /// <summary>Every endpoint marked as a list, wherever it is mapped, takes the same parameters and refuses the same bad value.</summary>
    [Fact]
    public async Task EveryPagedList_RefusesABadPageSizeTheSameWay()
    {
        var lists = PagedLists();
        Assert.Contains("/api/cycles", lists);
        Assert.Contains("/api/schemes", lists);
        Assert.True(lists.Count >= 10, "paged lists: " + string.Join(", ", lists));

        foreach (var path in lists)
        {
            var client = _host.Client(await KeyForAsync(path));
            var response = await client.GetAsync(RouteValue().Replace(path, Guid.NewGuid().ToString()) + "?pageSize=1000");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest && body.Contains(Paging.BadValueCode, StringComparison.Ordinal), $"{path}: {(int)response.StatusCode} {body}");
        }
    }

    /// <summary>No list under /api answers a bare array: whatever has items is a page.</summary>
    [Fact]
    public async Task EveryGetWithoutAnId_AnswersAnObject_AndEveryItemsListIsAPage()
    {
        var gets = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains('{')
                        && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!.TrimEnd('/')).Distinct().ToList();
        Assert.Contains("/api/cycles", gets);

        foreach (var path in gets.Where(p => !p.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var client = _host.Client(await KeyForAsync(path));
            var answer = await client.GetFromJsonAsync<JsonElement>(path);
            Assert.True(answer.ValueKind == JsonValueKind.Object, $"{path} answers {answer.ValueKind}");
            if (answer.TryGetProperty("items", out _))
                foreach (var field in new[] { "page", "pageSize", "total", "next" })
                    Assert.True(answer.TryGetProperty(field, out _), $"{path} has items but no {field}");
        }
    }

    /// <summary>The key a path takes: the administrator's, the enterprise's assessor's (/api/assessor), or the enterprise's.</summary>
    private async Task<string> KeyForAsync(string path) =>
        path.StartsWith("/api/admin", StringComparison.Ordinal) ? ApiHost.AdminKey
        : path.StartsWith("/api/assessor", StringComparison.Ordinal) ? await Cycles.AssessorApi.KeyForAsync(_host.Client(_key))
        : _key;

    private List<string> PagedLists() => _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PagedList>() is not null)
        .Select(e => e.RoutePattern.RawText!.TrimEnd('/')).Distinct().ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
