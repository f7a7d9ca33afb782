using Enterprise.Eval.Integration.Tests.Browser;
using Enterprise.Eval.TestKit;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.Admin;

/// <summary>
/// The administrator in headless Chromium (Debian's, never `playwright install`): opens the dashboard's Scheduled
/// jobs page, is sent to the Chinese sign-in form, signs in with the administrator key and sees the cycle's next step.
/// </summary>
public sealed class DashboardInBrowser : IAsyncLifetime
{
    private DashboardHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await DashboardHost.StartAsync(onLoopback: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Administrator_SignsInThroughTheForm_AndSeesTheCyclesScheduledStep()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var scheduled = new Uri(_host.Host.BaseAddress, "/hangfire/jobs/scheduled").ToString();

        await page.GotoAsync(scheduled);
        Assert.Contains("/admin/sign-in", page.Url);
        Assert.Equal("管理员登录", await page.Locator("h1").InnerTextAsync());

        await page.FillAsync("#key", "wrong-key-0123456789");
        await page.ClickAsync("#sign-in");
        Assert.Contains("管理员密钥不正确", await page.Locator("#error").InnerTextAsync());
        Assert.Contains("/admin/sign-in", page.Url);

        await page.FillAsync("#key", DashboardHost.AdminKey);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(scheduled);
        var table = await page.Locator("table.table").InnerTextAsync();
        Assert.Contains($"评价周期 {_host.CycleId.ToString()[..8]}：开始报名（计划 2026-06-10 09:00 北京时间）", table);
        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "eval-admin");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.cookie.split(';').filter(c => c.trim().startsWith('eval-admin=')).length"));

        var folder = RepositoryRoot.File("artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "hangfire-scheduled.png"), FullPage = true });
        await context.CloseAsync();
    }
}
