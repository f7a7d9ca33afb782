using Enterprise.Eval.TestKit;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>
/// The people's web console in headless Chromium: sign-in, the HR dashboard, the lockout counter, the enterprise
/// boundary, the role boundary and the antiforgery check, each through the pages as a person uses them.
/// </summary>
public sealed class ConsoleInBrowser(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public async Task HrOfficer_SignsIn_AndSeesTheCycleWithItsTimetableAndNextStep()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.Url("/console"));
        Assert.Contains("/console/sign-in?returnUrl=%2Fconsole", page.Url);
        await page.FillAsync("#email", ConsoleHost.HrEmail);
        await page.FillAsync("#password", ConsoleHost.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(host.Url("/console"));

        Assert.Equal("周期概览", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("王人事（人事专员）", await page.Locator("#who").InnerTextAsync());
        var cycle = page.Locator($"section[data-cycle='{host.CycleId}']");
        var timetable = await cycle.Locator("table.timetable").InnerTextAsync();
        Assert.Contains("报名开始\t2026年6月10日 9:00", timetable);
        Assert.Contains("开始报名", await cycle.Locator(".next").InnerTextAsync());
        Assert.Contains("待人事处理：无", await cycle.Locator(".waiting").InnerTextAsync());

        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "eval-admin");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.cookie.length"));
        await ScreenshotAsync(page, "console-dashboard-phone.png");

        await page.ClickAsync($"a[href='/console/cycles/{host.CycleId}/applications']");
        Assert.Equal("2026 年度申报列表", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("共 0 份", await page.Locator("#count").InnerTextAsync());

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(host.Url("/console/sign-in"));
        await page.GotoAsync(host.Url("/console"));
        Assert.Contains("/console/sign-in", page.Url);
    }

    [Fact]
    public async Task WrongPasswords_CountTowardTheLockout_AndTheFifthLocksEvenTheRightPasswordOut()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        for (var attempt = 1; attempt < Domain.Accounts.ConsoleAccount.LockoutFailures; attempt++)
        {
            await host.SignInAsync(page, ConsoleHost.ClerkEmail, "错误的密码-" + attempt);
            Assert.StartsWith("EVAL-ACC-010 邮箱或密码不正确", await page.Locator("#error").InnerTextAsync());
        }
        await host.SignInAsync(page, ConsoleHost.ClerkEmail, "错误的密码-最后一次");
        Assert.StartsWith("EVAL-ACC-011 密码连续输错 5 次，账号已锁定至", await page.Locator("#error").InnerTextAsync());

        await page.GotoAsync(host.Url("/console/sign-in"));
        await page.FillAsync("#email", ConsoleHost.ClerkEmail);
        await page.FillAsync("#password", ConsoleHost.Password);
        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#sign-in"), r => r.Url.EndsWith("/console/sign-in") && r.Request.Method == "POST");
        Assert.Equal(429, refused.Status);
        Assert.StartsWith("EVAL-ACC-011", await page.Locator("#error").InnerTextAsync());
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "eval-admin");
    }

    [Fact]
    public async Task AnotherEnterprisesHrOfficer_SeesNoneOfItsCycles_AndItsCycleAnswersNotFound()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, ConsoleHost.OtherHrEmail, ConsoleHost.Password);
        await page.WaitForURLAsync(host.Url("/console"));

        Assert.Equal("本企业还没有评价周期。", await page.Locator("#no-cycles").InnerTextAsync());
        Assert.Equal(0, await page.Locator("section.cycle").CountAsync());

        var response = await page.GotoAsync(host.Url($"/console/cycles/{host.CycleId}/applications"));
        Assert.Equal(404, response!.Status);
        Assert.StartsWith("EVAL-CON-002", await page.Locator("#error").InnerTextAsync());
        Assert.DoesNotContain("2026 年度", await page.ContentAsync());

        await page.GotoAsync(host.Url("/console/accounts"));
        var accounts = await page.Locator("table.accounts").InnerTextAsync();
        Assert.Contains(ConsoleHost.OtherHrEmail, accounts);
        Assert.DoesNotContain("jia.example.com", accounts);
    }

    [Fact]
    public async Task CommitteeMember_OpeningAnHrPage_IsRefused()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, ConsoleHost.MemberEmail, ConsoleHost.Password);
        await page.WaitForURLAsync(host.Url("/console"));
        Assert.Contains("评审委员", await page.Locator("#role-home").InnerTextAsync());

        var response = await page.GotoAsync(host.Url($"/console/cycles/{host.CycleId}/applications"));
        Assert.Equal(403, response!.Status);
        Assert.StartsWith("EVAL-CON-003 此页面仅供人事专员使用", await page.Locator("#error").InnerTextAsync());
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryField_IsRefused_AndChangesNothing()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, ConsoleHost.HrEmail, ConsoleHost.Password);
        await page.WaitForURLAsync(host.Url("/console"));
        await page.GotoAsync(host.Url("/console/accounts"));

        await page.FillAsync("#displayName", "孙伪造");
        await page.FillAsync("#invite-email", "forged@jia.example.com");
        await page.EvaluateAsync("() => document.querySelector('form[action=\"/console/accounts/invite\"] input[name=\"__RequestVerificationToken\"]').remove()");
        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#invite"), r => r.Url.EndsWith("/console/accounts/invite"));
        Assert.Equal(400, refused.Status);
        Assert.StartsWith("EVAL-CON-001 表单已过期或缺少安全校验字段", await page.Locator("#error").InnerTextAsync());

        await page.GotoAsync(host.Url("/console/accounts"));
        Assert.DoesNotContain("forged@jia.example.com", await page.Locator("table.accounts").InnerTextAsync());
    }

    [Fact]
    public async Task HrOfficer_InvitesAColleague_WhoseLinkSetsAPasswordOnce()
    {
        await using var hrContext = await host.NewContextAsync();
        var hr = await hrContext.NewPageAsync();
        await host.SignInAsync(hr, ConsoleHost.HrEmail, ConsoleHost.Password);
        await hr.WaitForURLAsync(host.Url("/console"));
        await hr.GotoAsync(host.Url("/console/accounts"));
        await hr.FillAsync("#displayName", "周委员");
        await hr.FillAsync("#invite-email", "zhou@jia.example.com");
        await hr.SelectOptionAsync("#role", "CommitteeMember");
        await hr.ClickAsync("#invite");
        var link = new Uri(await hr.Locator("#invitation-link").InnerTextAsync()).AbsolutePath;
        Assert.Contains("zhou@jia.example.com", await hr.Locator("table.accounts").InnerTextAsync());

        await using var invitedContext = await host.NewContextAsync();
        var invited = await invitedContext.NewPageAsync();
        await invited.GotoAsync(host.Url(link));
        await invited.FillAsync("#password", "短");
        await invited.EvaluateAsync("() => document.querySelector('#password').removeAttribute('minlength')");
        await invited.ClickAsync("#accept");
        Assert.StartsWith("EVAL-ACC-003", await invited.Locator("#error").InnerTextAsync());
        await invited.FillAsync("#password", "周委员的新密码-2026");
        await invited.ClickAsync("#accept");
        await invited.WaitForURLAsync(host.Url("/console"));
        Assert.Equal("周委员（评审委员）", await invited.Locator("#who").InnerTextAsync());

        var reopened = await invited.GotoAsync(host.Url(link));
        Assert.Equal(404, reopened!.Status);
        Assert.Equal(1, await invited.Locator("#invitation-invalid").CountAsync());
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = RepositoryRoot.File("artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
