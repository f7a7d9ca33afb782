using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Worker.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>Idempotency-Key on POST and PUT under /api, over the real service and a SQLite file, in an open window.</summary>
public sealed class IdempotencySpecs : IAsyncLifetime
{
    private OpenWindow _window = null!;

    public async Task InitializeAsync() => _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", 2026));

    public async Task DisposeAsync() => await _window.DisposeAsync();

    private string Applications => _window.Applications;

    private static object Body(string employeeNumber, string department = "质量部") => new
    {
        employeeNumber, education = "大专", title = "工程师", department, expertise = "高低压配电", pledged = true,
    };

    private Task<HttpResponseMessage> PostAsync(string path, object body, string key, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyMiddleware.Header, key);
        return _window.Host.Client(apiKey ?? _window.Key).SendAsync(request);
    }

    private async Task<int> ApplicationCountAsync()
    {
        using var scope = _window.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EvalDbContext>().Applications.CountAsync(a => a.CycleId == _window.CycleId);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    [Fact]
    public async Task Post_RetriedWithTheSameKey_ReplaysTheFirstAnswerWithoutRunningAgain()
    {
        var first = await PostAsync(Applications, Body("E00008"), "retry-1");
        var second = await PostAsync(Applications, Body("E00008"), "retry-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal("true", second.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await ApplicationCountAsync());
    }

    [Fact]
    public async Task Post_WhoseAnswerHoldsASecret_IsDoneOnce_ButItsAnswerIsNeitherKeptNorReplayed()
    {
        object Registration() => new
        {
            name = "乙机械有限公司", creditCode = "91512081MA62K0260E", evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32",
            siteSequenceCode = "000124", registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-0260", registrationDate = "2026-01-05",
        };
        var first = await PostAsync("/api/admin/enterprises", Registration(), "register-yi", CycleHost.AdminKey);
        var apiKey = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        var again = await PostAsync("/api/admin/enterprises", Registration(), "register-yi", CycleHost.AdminKey);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(IdempotencyMiddleware.WithheldCode, await CodeOf(again));
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.DoesNotContain(apiKey, await again.Content.ReadAsStringAsync());
        using var scope = _window.Host.Services.CreateScope();
        var kept = await scope.ServiceProvider.GetRequiredService<EvalDbContext>().IdempotencyRecords.SingleAsync(r => r.Key == "register-yi");
        Assert.Empty(kept.ResponseBody ?? []);
    }

    [Fact]
    public async Task Post_WithoutAKey_RunsEachTime()
    {
        var client = _window.Host.Client(_window.Key);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(Applications, Body("E00008"))).StatusCode);
        var again = await client.PostAsJsonAsync(Applications, Body("E00008"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.False(again.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
    }

    [Fact]
    public async Task Post_SameKeyDifferentBody_IsRefusedWithACode()
    {
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Applications, Body("E00008"), "k-1")).StatusCode);
        var other = await PostAsync(Applications, Body("E00008", department: "设备部"), "k-1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IdempotencyMiddleware.MismatchCode, await CodeOf(other));
        Assert.Equal(1, await ApplicationCountAsync());
    }

    [Fact]
    public async Task Post_SameKeyOtherPath_IsRefused()
    {
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Applications, Body("E00008"), "k-2")).StatusCode);
        var other = await PostAsync($"/api/cycles/{Guid.NewGuid()}/applications", Body("E00008"), "k-2");

        Assert.Equal(IdempotencyMiddleware.MismatchCode, await CodeOf(other));
    }

    [Fact]
    public async Task Post_TwoConcurrentIdenticalRequests_CreateOneApplication()
    {
        var answers = await Task.WhenAll(PostAsync(Applications, Body("E00008"), "together"), PostAsync(Applications, Body("E00008"), "together"));

        Assert.Equal(1, await ApplicationCountAsync());
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        var other = answers.Single(a => a.StatusCode != HttpStatusCode.Created || a.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        if (other.StatusCode == HttpStatusCode.Conflict)
        {
            Assert.Equal(IdempotencyMiddleware.InProgressCode, await CodeOf(other));
            Assert.NotNull(other.Headers.RetryAfter);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        }
    }

    [Fact]
    public async Task Key_IsPerCaller_AnotherEnterpriseMayUseTheSameKey()
    {
        var (_, otherKey) = await _window.Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Applications, Body("E00008"), "shared")).StatusCode);
        var other = await PostAsync(Applications, Body("E00008"), "shared", otherKey);

        Assert.False(other.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("中文键")]
    public async Task Key_NotVisibleAscii_IsRefusedWithACode(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Applications) { Content = JsonContent.Create(Body("E00008")) };
        request.Headers.TryAddWithoutValidation(IdempotencyMiddleware.Header, key);
        var response = await _window.Host.Client(_window.Key).SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IdempotencyMiddleware.BadKeyCode, await CodeOf(response));
        Assert.Equal(0, await ApplicationCountAsync());
    }

    [Fact]
    public async Task Key_LongerThan255_IsRefused()
    {
        var response = await PostAsync(Applications, Body("E00008"), new string('k', 256));

        Assert.Equal(IdempotencyMiddleware.BadKeyCode, await CodeOf(response));
    }

    [Fact]
    public async Task Refusal_IsKeptAndReplayedToo()
    {
        var first = await PostAsync(Applications, Body("NOSUCH"), "refused");
        var second = await PostAsync(Applications, Body("NOSUCH"), "refused");

        Assert.True((int)first.StatusCode is >= 400 and < 500, first.StatusCode.ToString());
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Single());
    }
}
