using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Status;

/// <summary>
/// The applicant's status page at /status/{token}, over the real service under the 南通 template (year 2026) in its
/// open window, with 张国庆 (E00008) from the sample roster applying.
/// </summary>
public sealed class StatusPageSpecs : IAsyncLifetime
{
    private const string EmployeeNumber = "E00008";
    private const string PublicBase = "https://eval.example.com/hr";
    private static readonly string[] Roster = File.ReadAllLines(RepositoryRoot.File("samples", "roster.csv"))
        .First(l => l.StartsWith(EmployeeNumber + ",", StringComparison.Ordinal)).Split(',');
    private OpenWindow _window = null!;

    public async Task InitializeAsync() => _window = await OpenWindow.StartAsync(CycleHostSetup.Template("Jiangsu", "nantong-senior-technician.yaml", 2026), new Dictionary<string, string?> { ["Http:PublicBaseUrl"] = PublicBase + "/" });

    public async Task DisposeAsync() => await _window.DisposeAsync();

    private HttpClient Client => _window.Client;

    private string Applications => _window.Applications;

    private async Task<(Guid Id, string Token)> SubmittedAsync()
    {
        var response = await Client.PostAsJsonAsync(Applications, new
        {
            employeeNumber = EmployeeNumber, education = "大专", title = "工程师", department = "质量部", expertise = "高低压配电", pledged = true,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
        using var scope = _window.Host.Services.CreateScope();
        var token = await scope.ServiceProvider.GetRequiredService<EvalDbContext>().Applications.Where(a => a.Id == id)
            .Select(a => EF.Property<string?>(a, ApplicantStatusToken.Property)).SingleAsync();
        return (id, token!);
    }

    [Fact]
    public async Task NewApplication_GetsAnUnguessableToken()
    {
        var (_, token) = await SubmittedAsync();

        Assert.Equal(43, token.Length);
        Assert.True(ApplicantStatusToken.IsWellFormed(token));
        Assert.NotEqual(ApplicantStatusToken.New(), ApplicantStatusToken.New());
    }

    [Fact]
    public async Task Page_ShowsWhereTheApplicationStands_WithTheNameMaskedAndNoIdOrPhone()
    {
        var (_, token) = await SubmittedAsync();

        var response = await _window.Host.Client().GetAsync(ApplicantStatusLinks.PagePath(token));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("甲机械有限公司", html);
        Assert.Contains("已提交", html);
        Assert.Contains("高级技师", html);
        Assert.Contains(Roster[7], html);
        Assert.Contains(PersonalDataMask.Name(Roster[1]), html);
        Assert.DoesNotContain(Roster[1], html);
        Assert.DoesNotContain(Roster[2], html);
        Assert.DoesNotContain(Roster[17], html);
        Assert.Contains("2026年6月12日 16:00", html);
    }

    [Fact]
    public async Task Page_IsNeverCachedIndexedOrPassedOnAsReferrer()
    {
        var (_, token) = await SubmittedAsync();

        var response = await _window.Host.Client().GetAsync(ApplicantStatusLinks.PagePath(token));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
    }

    [Fact]
    public async Task Page_ListsReturnedMaterialWithTheReason()
    {
        var (id, token) = await SubmittedAsync();
        var upload = await Client.PostAsync($"{Applications}/{id}/materials/photo?fileName=a.jpg", new ByteArrayContent(Jpeg(1000)));
        var material = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await Client.PostAsJsonAsync($"{Applications}/{id}/materials/{material}/review", new { accepted = false, reason = "照片背景不符合要求" }))
            .EnsureSuccessStatusCode();

        var html = await _window.Host.Client().GetStringAsync(ApplicantStatusLinks.PagePath(token));

        Assert.Contains("本人近期免冠证件照片（电子版）：照片背景不符合要求", html);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("%3Cscript%3E")]
    public async Task UnknownToken_GetsThePlainNotFoundPage(string token)
    {
        await SubmittedAsync();

        var response = await _window.Host.Client().GetAsync("/status/" + token);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("链接无效", html);
        Assert.DoesNotContain("甲机械有限公司", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task ApplicationReceivedMail_LinksToTheStatusPageAtThePublicBaseUrl()
    {
        var (_, token) = await SubmittedAsync();

        using var scope = _window.Host.Services.CreateScope();
        var mail = await scope.ServiceProvider.GetRequiredService<EvalDbContext>().OutboxMessages
            .SingleAsync(m => m.Kind == MailEvent.ApplicationReceived);
        var link = PublicBase + "/status/" + token;
        Assert.Contains(link, mail.TextBody);
        Assert.Contains($"href=\"{link}\"", mail.HtmlBody);
    }

    private static byte[] Jpeg(int bytes)
    {
        var content = new byte[bytes];
        content[0] = 0xFF;
        content[1] = 0xD8;
        content[2] = 0xFF;
        return content;
    }
}
