using System.Diagnostics;
using System.Net;

namespace Enterprise.Eval.Integration.Tests.Admin;

/// <summary>
/// Who reaches Hangfire's dashboard at /hangfire: only the administrator signed in through the form (cookie
/// <c>AdminCookie</c>); nobody anonymous, no enterprise key, not even the administrator key as a header.
/// </summary>
public sealed class DashboardAccessSpecs(DashboardAccessSpecs.Fixture fixture) : IClassFixture<DashboardAccessSpecs.Fixture>
{
    private DashboardHost Host => fixture.Host;

    /// <summary>One service for the class; only one spec fails sign-ins, so the per-address slow-down starts from zero there.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        internal DashboardHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await DashboardHost.StartAsync(onLoopback: false);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/scheduled")]
    [InlineData("/hangfire/recurring")]
    public async Task WithoutSignIn_IsSentToTheSignInForm(string path)
    {
        var response = await Host.Host.BrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task DashboardCallsWithoutSignIn_AreRefused()
    {
        var response = await Host.Host.BrowserClient().PostAsync("/hangfire/stats", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("succeeded", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnEnterpriseKey_OrTheAdministratorKeyAsAHeader_GivesNoAccess()
    {
        foreach (var key in new[] { Host.EnterpriseKey, DashboardHost.AdminKey })
        {
            var response = await Host.Host.BrowserClient(key).GetAsync("/hangfire/jobs/scheduled");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery);
        }
    }

    // Task.Delay counts whole milliseconds of the system tick, so a 2 s delay can end up to a millisecond before a
    // Stopwatch says 2 s (a CI run measured 1.9999363 s). The promise checked is the delay, not the tick.
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(5);

    [Fact]
    public async Task AnEnterpriseKeyInTheForm_IsAWrongKey_AndIsRefusedSlowly_EachTimeSlowerThanBefore()
    {
        var browser = Host.Host.BrowserClient();
        var token = await DashboardHost.FormTokenAsync(browser);

        var first = Stopwatch.StartNew();
        var refused = await DashboardHost.SignInAsync(browser, token, Host.EnterpriseKey);
        first.Stop();
        var second = Stopwatch.StartNew();
        var refusedAgain = await DashboardHost.SignInAsync(browser, token, DashboardHost.AdminKey + "x");
        second.Stop();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedAgain.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("EVAL-ADM-001", page);
        Assert.Contains("管理员密钥不正确", page);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("eval-admin=", StringComparison.Ordinal)));
        Assert.True(first.Elapsed >= TimeSpan.FromSeconds(1) - TimerGranularity, $"first refusal answered after {first.Elapsed}");
        Assert.True(second.Elapsed >= TimeSpan.FromSeconds(2) - TimerGranularity, $"second refusal answered after {second.Elapsed}");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task TheRightKeyWithoutTheFormsAntiforgeryToken_IsRefused()
    {
        var browser = Host.Host.BrowserClient();
        await DashboardHost.FormTokenAsync(browser);

        var response = await DashboardHost.SignInAsync(browser, "forged", DashboardHost.AdminKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("EVAL-ADM-004", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task SignedIn_TheDashboardOpens_WithAnHttpOnlySameSiteStrictCookie_AndSigningOutClosesIt()
    {
        var browser = Host.Host.BrowserClient();
        var token = await DashboardHost.FormTokenAsync(browser);

        var signedIn = await DashboardHost.SignInAsync(browser, token, DashboardHost.AdminKey, "/hangfire/jobs/scheduled");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/hangfire/jobs/scheduled", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("eval-admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var scheduled = await browser.GetAsync("/hangfire/jobs/scheduled");
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var html = await scheduled.Content.ReadAsStringAsync();
        Assert.Contains($"评价周期 {Host.CycleId.ToString()[..8]}：开始报名", html);

        var signOutToken = await DashboardHost.FormTokenAsync(browser);
        var signedOut = await browser.PostAsync("/admin/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = signOutToken }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/hangfire")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task AfterSignIn_AForeignReturnAddress_LeadsToTheDashboardInstead(string returnUrl)
    {
        var browser = Host.Host.BrowserClient();
        var token = await DashboardHost.FormTokenAsync(browser);

        var signedIn = await DashboardHost.SignInAsync(browser, token, DashboardHost.AdminKey, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/hangfire", signedIn.Headers.Location!.OriginalString);
    }
}
