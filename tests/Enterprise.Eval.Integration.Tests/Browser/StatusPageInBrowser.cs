using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Scheduling;
using Enterprise.Eval.Integration.Tests.Publicity;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.Browser;

/// <summary>
/// The applicant's status page on a phone, in headless Chromium: a second cycle (南通 高级技师, window 24–26 June
/// 2026) beside the fixture's publicity, an application by E00008 with a returned photo.
/// </summary>
public sealed class StatusPageInBrowser(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private PublicityHost Host => fixture.Host;

    [Fact]
    public async Task Page_ShowsStatusMissingMaterialAndDates_AndIsSavedAsAPhoneScreenshot()
    {
        var token = await ApplicationWithReturnedPhotoAsync();
        var page = await fixture.Browser.NewPageAsync();
        var response = await page.GotoAsync(new Uri(Host.BaseAddress, ApplicantStatusLinks.PagePath(token)).ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("已提交", await page.Locator("#status").InnerTextAsync());
        Assert.Contains("照片背景不符合要求", await page.Locator("#returned").InnerTextAsync());
        Assert.Contains("2026年6月26日 16:00", await page.Locator("#dates").InnerTextAsync());
        Assert.Equal(PersonalDataMask.Name("张国庆"), await page.Locator("#name").InnerTextAsync());
        Assert.DoesNotContain("张国庆", await page.ContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        var folder = RepositoryRoot.File("artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "status-phone.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000);
        await page.CloseAsync();
    }

    [Fact]
    public async Task UnknownToken_ShowsThePlainNotFoundPage()
    {
        var page = await fixture.Browser.NewPageAsync();
        var response = await page.GotoAsync(new Uri(Host.BaseAddress, "/status/" + ApplicantStatusToken.New()).ToString());

        Assert.Equal(404, response!.Status);
        Assert.Equal("链接无效", await page.Locator("h1").InnerTextAsync());
        await page.CloseAsync();
    }

    private async Task<string> ApplicationWithReturnedPhotoAsync()
    {
        var client = Host.Client(Host.Key);
        var text = File.ReadAllText(RepositoryRoot.File("plugins", "Jiangsu", "templates", "nantong-senior-technician.yaml"))
            .Replace("\nyear: 2019", "\nyear: 2026", StringComparison.Ordinal);
        var schemeId = await PublicityHost.PublishSchemeAsync(client, text);
        var cycle = await client.PostAsJsonAsync("/api/cycles", new
        {
            schemeId, year = 2026, windowOpensAt = "2026-06-24 09:00", windowClosesAt = "2026-06-26 16:00",
            reviewEndsAt = "2026-06-29 17:00", publicityStartsAt = "2026-06-30 00:00",
        });
        Assert.True(cycle.IsSuccessStatusCode, await cycle.Content.ReadAsStringAsync());
        var cycleId = (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Host.Clock.JumpTo(ChinaTime.At(new DateOnly(2026, 6, 25), new TimeOnly(10, 0)));

        var submitted = await client.PostAsJsonAsync($"/api/cycles/{cycleId}/applications", new
        {
            employeeNumber = "E00008", education = "大专", title = "工程师", department = "质量部", expertise = "高低压配电", pledged = true,
        });
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("application").GetProperty("id").GetGuid();
        var photo = new byte[1000];
        photo[0] = 0xFF;
        photo[1] = 0xD8;
        photo[2] = 0xFF;
        var upload = await client.PostAsync($"/api/cycles/{cycleId}/applications/{id}/materials/photo?fileName=a.jpg", new ByteArrayContent(photo));
        var material = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/cycles/{cycleId}/applications/{id}/materials/{material}/review",
            new { accepted = false, reason = "照片背景不符合要求" })).EnsureSuccessStatusCode();

        using var scope = Host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<EvalDbContext>().Applications.Where(a => a.Id == id)
            .Select(a => EF.Property<string?>(a, ApplicantStatusToken.Property)).SingleAsync())!;
    }
}
