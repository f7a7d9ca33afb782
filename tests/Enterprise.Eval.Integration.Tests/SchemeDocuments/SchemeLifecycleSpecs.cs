using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.SchemeDocuments;

/// <summary>Stored schemes through the API: upload, 报审, return, approve, publish, each audited; only published schemes open cycles.</summary>
public sealed class SchemeLifecycleSpecs : OneEnterpriseSpecs
{
    [Fact]
    public async Task Upload_ValidTemplate_StoresTextHashAndParsedFacts()
    {
        var yaml = SchemeTexts.Jiangsu();

        var scheme = await UploadAsync(yaml);

        Assert.Equal("jiangsu-grand-technician", scheme.GetProperty("templateId").GetString());
        Assert.Equal(2026, scheme.GetProperty("year").GetInt32());
        Assert.Equal("特级技师", scheme.GetProperty("targetLevel").GetString());
        Assert.Equal("Draft", scheme.GetProperty("status").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yaml))),
            scheme.GetProperty("sha256").GetString());
        var stored = await Client.GetFromJsonAsync<JsonElement>($"/api/schemes/{scheme.GetProperty("id").GetGuid()}?content=true");
        Assert.Equal(yaml, stored.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Upload_InvalidFile_IsRefusedWithEveryErrorAndStoresNothing()
    {
        var yaml = SchemeTexts.Binzhou().Replace("targetLevel: 特级技师", "targetLevel: 大师").Replace("title:", "titel:");

        var response = await Client.PostAsync("/api/schemes", new StringContent(yaml));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.True(errors.Count >= 2, $"expected every error, got {errors.Count}");
        Assert.All(errors, e => Assert.Matches(@"^\d+:\d+:EVAL-SCHEME-\d+:.+", e.GetProperty("text").GetString()));
        Assert.Empty((await Client.GetFromJsonAsync<JsonElement>("/api/schemes")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Approve_JiangsuTemplateNotSubmitted_IsRefusedBecauseAssessmentIsRequired()
    {
        var id = (await UploadAsync(SchemeTexts.Jiangsu())).GetProperty("id").GetGuid();

        var response = await Client.PostAsync($"/api/schemes/{id}/approve", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-SCHEMEDOC-003", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task JiangsuScheme_SubmitReturnResubmitApprovePublish_EveryTransitionAudited()
    {
        // 004 二(三) 方案报审: the 省职业技能鉴定中心 returns and approves with its own key (before issue 19 the enterprise did).
        var assessorKey = await AssessorApi.KeyForAsync(Client, "江苏省职业技能鉴定中心");
        var id = (await UploadAsync(SchemeTexts.Jiangsu())).GetProperty("id").GetGuid();

        await PostOkAsync($"/api/schemes/{id}/submit");
        var returned = (await AssessorPostOkAsync(assessorKey, $"/api/assessor/schemes/{id}/return", new { comments = "请补充评审环节的评分细则" })).GetProperty("scheme");
        await PostOkAsync($"/api/schemes/{id}/submit");
        await AssessorApi.ApproveAsync(Client, assessorKey, id);
        var published = await PostOkAsync($"/api/schemes/{id}/publish");

        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal("请补充评审环节的评分细则", returned.GetProperty("returnComments").GetString());
        Assert.Equal("Published", published.GetProperty("status").GetString());
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        var records = (await db.AuditRecords.Where(a => a.EntityId == id.ToString()).ToListAsync()).OrderBy(a => a.Id).ToList();
        Assert.Equal(["scheme.uploaded", "scheme.submitted", "scheme.returned", "scheme.submitted", "scheme.approved", "scheme.published"],
            records.Select(a => a.Action));
        Assert.Equal(["api", "api", "assessor:江苏省职业技能鉴定中心", "api", "assessor:江苏省职业技能鉴定中心", "api"], records.Select(a => a.Actor));
    }

    [Fact]
    public async Task NantongScheme_WithoutAssessment_IsApprovedByHrDirectly_AndCannotBeSubmitted()
    {
        // 南通 (002): the city and the province run the evaluation; the scheme has no assessment step. (滨州 had none
        // either until issue 19: its 备案 body now records the filing, 003 四.)
        var id = (await UploadAsync(Nantong())).GetProperty("id").GetGuid();

        var submit = await Client.PostAsync($"/api/schemes/{id}/submit", null);
        var approved = await PostOkAsync($"/api/schemes/{id}/approve");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Equal("EVAL-SCHEMEDOC-002", (await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateCycle_FromSchemeNotYetPublished_IsRefused(bool approved)
    {
        var id = (await UploadAsync(Nantong())).GetProperty("id").GetGuid();
        if (approved) await PostOkAsync($"/api/schemes/{id}/approve");

        var response = await Client.PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-SCHEMEDOC-005", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Scheme_OfAnotherEnterprise_IsNotFound()
    {
        var id = (await UploadAsync(SchemeTexts.Binzhou())).GetProperty("id").GetGuid();
        var (_, otherKey) = await Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");

        var other = Host.Client(otherKey);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/schemes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/schemes/{id}/approve", null)).StatusCode);
    }

    private static string Nantong() => CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", 2026);

    private async Task<JsonElement> UploadAsync(string yaml)
    {
        var response = await Client.PostAsync("/api/schemes?fileName=scheme.yaml", new StringContent(yaml));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> AssessorPostOkAsync(string assessorKey, string path, object body)
    {
        var response = await Client.SendAsync(AssessorApi.Request(HttpMethod.Post, path, assessorKey, body));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> PostOkAsync(string path, object? body = null)
    {
        var response = body is null ? await Client.PostAsync(path, null) : await Client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
