using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.SchemeDocuments;

/// <summary>
/// The assessor's role (issue 19 point 1; seed 004 二(三) 方案报审：省职业技能鉴定中心将组织专家对方案进行评估): its own key, the
/// schemes submitted to it, its decisions; the enterprise's key cannot decide its own scheme, and another assessor's
/// enterprises are not found.
/// </summary>
public sealed class AssessorSpecs : OneEnterpriseSpecs
{
    [Fact]
    public async Task Approve_WithTheEnterprisesOwnKey_OfItsSubmittedScheme_IsRefused006()
    {
        await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");
        var id = await SubmittedJiangsuAsync();

        var approve = await Client.PostAsync($"/api/schemes/{id}/approve", null);
        var giveBack = await Client.PostAsJsonAsync($"/api/schemes/{id}/return", new { comments = "自己退回" });

        foreach (var response in new[] { approve, giveBack })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("EVAL-SCHEMEDOC-006", problem.GetProperty("code").GetString());
            Assert.Contains("企业不能自行审定", problem.GetProperty("detail").GetString());
        }
        Assert.Equal("SubmittedForAssessment", (await Client.GetFromJsonAsync<JsonElement>($"/api/schemes/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submit_BeforeTheEnterpriseIsAssignedAnAssessor_IsRefused007()
    {
        var id = (await UploadAsync(SchemeTexts.Jiangsu())).GetProperty("id").GetGuid();

        var response = await Client.PostAsync($"/api/schemes/{id}/submit", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-SCHEMEDOC-007", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Assessor_ListsTheSchemesSubmittedToIt_WithTheEnterprise_AndApprovesOne()
    {
        var key = await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");
        var id = await SubmittedJiangsuAsync();

        var list = await Send(key, HttpMethod.Get, "/api/assessor/schemes");
        var approved = await Send(key, HttpMethod.Post, $"/api/assessor/schemes/{id}/approve");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var item = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal("甲机械有限公司", item.GetProperty("enterpriseName").GetString());
        Assert.Equal(id, item.GetProperty("scheme").GetProperty("id").GetGuid());
        Assert.Equal("SubmittedForAssessment", item.GetProperty("scheme").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await Client.GetFromJsonAsync<JsonElement>($"/api/schemes/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task List_ShowsTheDeadlineTheSchemeStates_AndFlagsItOverdue_OnlyWhileItWaitsPastThatDay()
    {
        var key = await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");
        var id = await SubmittedJiangsuAsync(SchemeTexts.Jiangsu().Replace("assessmentDeadline: 2022-01-10", "assessmentDeadline: 2026-06-05", StringComparison.Ordinal));

        var onTime = await ItemAsync(key);
        Clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 5), new TimeOnly(23, 59)));
        var lastDay = await ItemAsync(key);
        Clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 6), new TimeOnly(0, 1)));
        var late = await ItemAsync(key);
        await AssessorApi.ApproveAsync(Client, key, id);
        var decided = await ItemAsync(key);

        Assert.Equal("2026-06-05", onTime.GetProperty("assessmentDeadline").GetString());
        Assert.Equal("2026年6月5日前（含当日）", onTime.GetProperty("assessmentDeadlineText").GetString());
        Assert.Equal([false, false, true, false], new[] { onTime, lastDay, late, decided }.Select(i => i.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task List_OfASchemeThatStatesNoDeadline_ShowsNone_AndIsNeverOverdue()
    {
        var key = await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");
        await SubmittedJiangsuAsync(SchemeTexts.Jiangsu().Replace("assessmentDeadline: 2022-01-10\n", "", StringComparison.Ordinal));

        var item = await ItemAsync(key);

        Assert.Equal(JsonValueKind.Null, item.GetProperty("assessmentDeadline").ValueKind);
        Assert.False(item.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Assessor_OfAnotherEnterprise_SeesNothing_AndIsAnswered404()
    {
        await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");
        var id = await SubmittedJiangsuAsync();
        var (_, otherEnterpriseKey) = await Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        var otherKey = await AssessorApi.KeyForAsync(Host.Client(otherEnterpriseKey), "滨州市职业技能鉴定服务中心");

        var list = await (await Send(otherKey, HttpMethod.Get, "/api/assessor/schemes")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Send(otherKey, HttpMethod.Get, $"/api/assessor/schemes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(otherKey, HttpMethod.Post, $"/api/assessor/schemes/{id}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(otherKey, HttpMethod.Post, $"/api/assessor/schemes/{id}/return", new { comments = "不同意" })).StatusCode);
        Assert.Equal("SubmittedForAssessment", (await Client.GetFromJsonAsync<JsonElement>($"/api/schemes/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheKeys_AreNotInterchangeable_EnterpriseKeyOnAssessorCalls_AndAssessorKeyOnEnterpriseCalls_Are401()
    {
        var assessorKey = await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/assessor/schemes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(assessorKey, HttpMethod.Get, "/api/schemes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(CycleHost.AdminKey, HttpMethod.Get, "/api/assessor/schemes")).StatusCode);
        Assert.StartsWith("ea_", assessorKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAssessor_TwiceWithOneName_IsRefused_AndItsKeyIsStoredHashedOnly()
    {
        var admin = Host.Client(CycleHost.AdminKey);
        var first = await admin.PostAsJsonAsync("/api/admin/assessors", new { name = "江苏省职业技能鉴定中心" });
        var again = await admin.PostAsJsonAsync("/api/admin/assessors", new { name = " 江苏省职业技能鉴定中心 " });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        var key = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("EVAL-ASSR-002", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.EvalDbContext>();
        var stored = Assert.Single(db.AssessorKeys.ToList());
        Assert.DoesNotContain(stored.SecretHash, key);
        Assert.Equal(64, stored.SecretHash.Length);
    }

    private async Task<JsonElement> ItemAsync(string key)
    {
        var list = await (await Send(key, HttpMethod.Get, "/api/assessor/schemes")).Content.ReadFromJsonAsync<JsonElement>();
        return Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    private async Task<Guid> SubmittedJiangsuAsync(string? yaml = null)
    {
        var id = (await UploadAsync(yaml ?? SchemeTexts.Jiangsu())).GetProperty("id").GetGuid();
        var submitted = await Client.PostAsync($"/api/schemes/{id}/submit", null);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        return id;
    }

    private Task<HttpResponseMessage> Send(string key, HttpMethod method, string path, object? body = null) =>
        Client.SendAsync(AssessorApi.Request(method, path, key, body));

    private async Task<JsonElement> UploadAsync(string yaml)
    {
        var response = await Client.PostAsync("/api/schemes?fileName=scheme.yaml", new StringContent(yaml));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
