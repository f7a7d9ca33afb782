using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Api;

public sealed class TenantScoping
{
    [Fact]
    public async Task KeyOfEnterpriseA_Gets404_ForEveryResourceOfEnterpriseB()
    {
        await using var host = await ApiHost.StartAsync();
        var (_, keyA) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var (_, keyB) = await host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        var clientB = host.Client(keyB);
        var import = await clientB.PostAsync("/api/roster", new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"))));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var listB = await clientB.GetFromJsonAsync<JsonElement>("/api/roster/employees?pageSize=500");
        var idsOfB = listB.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(200, idsOfB.Count);

        var clientA = host.Client(keyA);
        foreach (var id in idsOfB.Take(20))
            Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"/api/roster/employees/{id}")).StatusCode);
        var listA = await clientA.GetFromJsonAsync<JsonElement>("/api/roster/employees");
        Assert.Equal(0, listA.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync($"/api/roster/employees/{idsOfB[0]}")).StatusCode);
    }

    [Fact]
    public async Task RequestWithoutKey_Gets401ProblemWithCode()
    {
        await using var host = await ApiHost.StartAsync();

        var response = await host.Client().GetAsync("/api/roster/employees");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("EVAL-API-401", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task RotatedKey_StopsWorking_AndTheNewOneWorks()
    {
        await using var host = await ApiHost.StartAsync();
        var (id, oldKey) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");

        var rotated = await host.Client(ApiHost.AdminKey).PostAsync($"/api/admin/enterprises/{id}/rotate-key", null);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString();

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client(oldKey).GetAsync("/api/enterprise")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(newKey).GetAsync("/api/enterprise")).StatusCode);
    }

    [Fact]
    public async Task RosterWithErrors_Returns422WithRowColumnAndCode()
    {
        await using var host = await ApiHost.StartAsync();
        var (_, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var csv = "工号,姓名,身份证号,部门,职业编码,职业名称,技能等级\nE1,张三,110105194912310020,车间,6-18-01-01,车工,高级技师\n";

        var response = await host.Client(key).PostAsync("/api/roster", new StringContent(csv));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(1, error.GetProperty("row").GetInt32());
        Assert.Equal("EVAL-ID-004", error.GetProperty("code").GetString());
    }
}
