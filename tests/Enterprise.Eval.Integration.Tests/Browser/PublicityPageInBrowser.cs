using Enterprise.Eval.Integration.Tests.Publicity;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.Browser;

/// <summary>The public publicity page as staff see it on a phone, in headless Chromium.</summary>
public sealed class PublicityPageInBrowser(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private PublicityHost Host => fixture.Host;

    [Fact]
    public async Task Page_RendersTheListAndPeriod_AndIsSavedAsAPhoneScreenshot()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(Host.PublicUrl);

        var rows = await page.Locator("#list tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        foreach (var candidate in Host.Candidates)
            Assert.Contains(rows, r => r.Contains(candidate.GetProperty("name").GetString()!));
        Assert.Contains("5个工作日", await page.Locator("#period").InnerTextAsync());
        Assert.Equal("甲机械有限公司特级技师拟认定人员名单公示", await page.TitleAsync());
        // Nothing runs off the side of a phone screen except inside the list's own scroll box.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        var folder = RepositoryRoot.File("artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "publicity-phone.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Form_EmptySubmission_IsRejectedWithChineseMessages()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(Host.PublicUrl);

        await page.ClickAsync("#objection button[type=submit]");
        await page.WaitForSelectorAsync("#errors");

        var errors = await page.Locator("#errors").InnerTextAsync();
        Assert.Contains("请选择异议所针对的公示人员", errors);
        Assert.Contains("请填写异议内容", errors);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryRoot.File("artifacts", "screenshots", "publicity-phone-errors.png"), FullPage = true });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Form_ValidObjection_IsRecordedInTheDatabase()
    {
        var target = Host.Candidates[0];
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(Host.PublicUrl);

        await page.SelectOptionAsync("#entry", target.GetProperty("applicationId").GetString()!);
        await page.FillAsync("#text", "浏览器中提交：该同志的技术革新成果署名有争议。");
        await page.FillAsync("#name", "孙八");
        await page.FillAsync("#contact", "sunba@example.com");
        await page.ClickAsync("#objection button[type=submit]");
        await page.WaitForSelectorAsync("#received");

        Assert.Contains("已收到您的异议", await page.Locator("#received").InnerTextAsync());
        await using var db = Host.Database.NewContext();
        var objections = (await db.PublicityNotices.SingleAsync()).Objections;
        var recorded = Assert.Single(objections, o => o.Text.StartsWith("浏览器中提交"));
        Assert.Equal((target.GetProperty("applicationId").GetGuid(), "孙八"), (recorded.ApplicationId, recorded.ObjectorName));
        await page.CloseAsync();
    }
}
