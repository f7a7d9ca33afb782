using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Integration.Tests.Browser;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.WebConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>
/// Single sign-on from the HR platform: the real service on loopback and a real OpenID Connect provider
/// (<see cref="PlatformIdentityProvider"/>) on another site; the platform's claims name the enterprise and the role.
/// </summary>
public sealed class PlatformSignInSpecs(PlatformSignInSpecs.Fixture host) : IClassFixture<PlatformSignInSpecs.Fixture>
{
    private const string Jia = "91350100M000100Y43";
    private const string Yi = "91512081MA62K0260E";

    [Fact]
    public async Task APlatformHrOfficer_SignsInWithTheButton_AndLandsOnTheDashboardAsAnAccountMadeFromTheClaims()
    {
        host.Provider.SignedIn = new PlatformUser("u-1001", "wang.ping@jia.example.com", "王平台", Jia, "hr-officer", "employee");
        host.Provider.AsksToContinue = true;
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.Url("/console"));
        Assert.Contains("/console/sign-in?returnUrl=%2Fconsole", page.Url);
        Assert.Equal("通过人力资源平台登录", await page.Locator("#platform-sign-in").InnerTextAsync());
        // Four hops across two sites and a back-channel token exchange: generous on a loaded 2-core machine.
        await page.ClickAsync("#platform-sign-in", new() { Timeout = 90_000 });
        await page.ClickAsync("#platform-continue", new() { Timeout = 90_000 });
        // From the provider's page at localhost (another site) back: the Strict session cookie must still reach /console.
        await page.WaitForURLAsync(host.Url("/console"), new() { Timeout = 90_000 });
        Assert.Equal("周期概览", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("王平台（人事专员）", await page.Locator("#who").InnerTextAsync());
        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "eval-admin");
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        host.Provider.AsksToContinue = false;

        var account = await host.AccountAsync("wang.ping@jia.example.com");
        Assert.Equal((ConsoleRole.HrOfficer, "u-1001", host.Provider.Authority.ToString()), (account.Role, account.PlatformSubject, account.PlatformIssuer));
        Assert.Null(account.PasswordHash);
        Assert.Equal(["account.provisioned-by-platform"], await host.AuditActionsAsync(account.Id));
        Assert.Equal($"platform:{host.Provider.Authority}", (await host.AuditActorsAsync(account.Id)).Single());
    }

    [Fact]
    public async Task AnInvitedAccount_IsLinkedByItsAddress_ThePlatformsRoleWins_AndASecondSignInChangesNothing()
    {
        var invited = await host.InviteHrOfficerAsync(Yi, "hr@yi.example.com");
        host.Provider.SignedIn = new PlatformUser("u-2002", "HR@yi.example.com", "李平台", Yi, "reviewer");

        var (answer, client) = await host.SignInOverHttpAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("http-equiv=\"refresh\" content=\"0;url=/console\"", await answer.Content.ReadAsStringAsync());
        var landing = await client.GetStringAsync(host.Url("/console"));
        Assert.Contains("李平台（评审委员）", landing);

        var account = await host.AccountAsync("hr@yi.example.com");
        Assert.Equal(invited, account.Id);
        Assert.Equal((ConsoleRole.CommitteeMember, "u-2002", "李平台"), (account.Role, account.PlatformSubject, account.DisplayName));
        Assert.Null(account.InvitationTokenHash);
        string[] expected = ["account.invited", "account.linked-to-platform", "account.changed-by-platform"];
        Assert.Equal(expected, await host.AuditActionsAsync(account.Id));

        (answer, _) = await host.SignInOverHttpAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(expected, await host.AuditActionsAsync(account.Id));
        Assert.Equal(1, await host.CountAccountsAsync(a => a.PlatformSubject == "u-2002"));
    }

    public static TheoryData<string, PlatformUser> Refusals => new()
    {
        { "EVAL-ACC-020", new PlatformUser("u-3001", "zhao@unknown.example.com", "赵外企", "91110000802100433B", "hr-officer") },
        { "EVAL-ACC-020", new PlatformUser("u-3002", "qian@jia.example.com", "钱无企", null, "hr-officer") },
        { "EVAL-ACC-021", new PlatformUser("u-3003", "sun@jia.example.com", "孙职工", Jia, "employee") },
        { "EVAL-ACC-024", new PlatformUser("u-3004", "hr@other.example.com", "周串号", Jia, "hr-officer") },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ClaimsThatDoNotSupportAnAccount_AreRefusedWithTheirCode_AndLeaveNoSessionAndNoAccount(string code, PlatformUser user)
    {
        if (code == "EVAL-ACC-024") await host.InviteHrOfficerAsync(Yi, "hr@other.example.com");
        var before = await host.CountAccountsAsync(_ => true);
        host.Provider.SignedIn = user;

        var (answer, client) = await host.SignInOverHttpAsync();

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains($"<span class=\"code\">{code}</span>", await answer.Content.ReadAsStringAsync());
        Assert.Equal(before, await host.CountAccountsAsync(_ => true));
        Assert.Equal(0, await host.CountAccountsAsync(a => a.PlatformSubject == user.Subject));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(host.Url("/console"))).StatusCode);
    }

    [Fact]
    public async Task ASubjectThePlatformMovesToAnotherEnterprise_IsRefused_AndKeepsItsAccountWhereItWas()
    {
        host.Provider.SignedIn = new PlatformUser("u-4001", "wu@jia.example.com", "吴调动", Jia, "hr-officer");
        Assert.Equal(HttpStatusCode.OK, (await host.SignInOverHttpAsync()).Answer.StatusCode);
        host.Provider.SignedIn = host.Provider.SignedIn with { EnterpriseCreditCode = Yi };

        var (answer, _) = await host.SignInOverHttpAsync();

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("EVAL-ACC-022", await answer.Content.ReadAsStringAsync());
        Assert.Equal(host.JiaId, (await host.AccountAsync("wu@jia.example.com")).EnterpriseId);
    }

    [Fact]
    public async Task APlatformOnlyAccount_HasNoPasswordToGuess()
    {
        host.Provider.SignedIn = new PlatformUser("u-5001", "zheng@jia.example.com", "郑平台", Jia, "auditor");
        Assert.Equal(HttpStatusCode.OK, (await host.SignInOverHttpAsync()).Answer.StatusCode);
        Assert.Equal(ConsoleRole.ReportingStaff, (await host.AccountAsync("zheng@jia.example.com")).Role);

        using var client = host.Service.BrowserClient();
        var token = ConsoleHost.TokenOf(await client.GetStringAsync("/console/sign-in"));
        var refused = await client.PostAsync("/console/sign-in", ConsoleHost.Form(token, ("email", "zheng@jia.example.com"), ("password", "任意猜测的密码-0123")));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("EVAL-ACC-014", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAnswerTheConsoleDidNotAskFor_IsRefused_WithoutASession()
    {
        using var client = host.Service.BrowserClient();

        var forged = await client.GetAsync($"{PlatformSignIn.CallbackPath}?code=forged&state=forged");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(PlatformSignIn.IncompleteCode, await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/console")).StatusCode);
    }

    /// <summary>The provider, the service configured for it (enterprises 甲 and 乙) and one headless Chromium.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private IPlaywright _playwright = null!;

        internal PlatformIdentityProvider Provider { get; private set; } = null!;
        internal CycleHost Service { get; private set; } = null!;
        internal IBrowser Browser { get; private set; } = null!;
        internal Guid JiaId { get; private set; }
        private Guid YiId { get; set; }

        public async Task InitializeAsync()
        {
            Provider = await PlatformIdentityProvider.StartAsync();
            // The system clock: the sign-in's correlation cookies expire by it, as browsers judge them by the real time.
            Service = await CycleHost.StartOnLoopbackAsync(TestDatabase.Sqlite(), TimeProvider.System, new Dictionary<string, string?>
            {
                ["Console:PlatformSignIn:Authority"] = Provider.Authority.ToString(),
                ["Console:PlatformSignIn:ClientId"] = PlatformIdentityProvider.ClientId,
                ["Console:PlatformSignIn:ClientSecret"] = PlatformIdentityProvider.ClientSecret,
                ["Console:PlatformSignIn:RequireHttpsMetadata"] = "false",
                ["Console:PlatformSignIn:Roles:hr-officer"] = "HrOfficer",
                ["Console:PlatformSignIn:Roles:reviewer"] = "CommitteeMember",
                ["Console:PlatformSignIn:Roles:auditor"] = "ReportingStaff",
            });
            await Provider.RegisterConsoleAsync(new Uri(Service.BaseAddress, PlatformSignIn.CallbackPath));
            (JiaId, _) = await Service.RegisterAsync("甲机械有限公司", Jia);
            (YiId, _) = await Service.RegisterAsync("乙电气有限公司", Yi);
            _playwright = await Playwright.CreateAsync();
            Browser = await BrowserFixture.LaunchAsync(_playwright);
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null) await Browser.CloseAsync();
            _playwright?.Dispose();
            await Service.DisposeAsync();
            await Provider.DisposeAsync();
        }

        public string Url(string path) => new Uri(Service.BaseAddress, path).ToString();

        /// <summary>
        /// Presses the button without a browser: one cookie jar for both sites, each redirect followed by hand, up to
        /// the first answer that is not a redirect (the landing page, or a refusal).
        /// </summary>
        public async Task<(HttpResponseMessage Answer, HttpClient Client)> SignInOverHttpAsync()
        {
            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
            var next = new Uri(Url($"{PlatformSignIn.StartPath}?returnUrl=%2Fconsole"));
            for (var hop = 0; hop < 10; hop++)
            {
                var answer = await client.GetAsync(next);
                if (answer.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)) return (answer, client);
                next = new Uri(next, answer.Headers.Location!);
            }
            throw new InvalidOperationException("the sign-in kept redirecting");
        }

        public async Task<Guid> InviteHrOfficerAsync(string creditCode, string email)
        {
            var enterprise = creditCode == Jia ? JiaId : YiId;
            var created = await Service.Client(CycleHost.AdminKey).PostAsJsonAsync(
                $"/api/admin/enterprises/{enterprise}/hr-account", new { email, displayName = "人事" });
            if (created.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                // The enterprise has its first HR officer already: its HR officer invites the next one.
                await using var scope = Service.Services.CreateAsyncScope();
                var accounts = scope.ServiceProvider.GetRequiredService<Application.Accounts.ConsoleAccounts>();
                var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
                var inviter = await db.ConsoleAccounts.FirstAsync(a => a.EnterpriseId == enterprise && a.Role == ConsoleRole.HrOfficer);
                return (await accounts.InviteAsync(inviter, email, "人事", ConsoleRole.ReportingStaff)).Account.Id;
            }
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await AccountAsync(email)).Id;
        }

        public async Task<ConsoleAccount> AccountAsync(string email)
        {
            await using var scope = Service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().ConsoleAccounts.AsNoTracking().SingleAsync(a => a.Email == email);
        }

        public async Task<int> CountAccountsAsync(System.Linq.Expressions.Expression<Func<ConsoleAccount, bool>> which)
        {
            await using var scope = Service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().ConsoleAccounts.CountAsync(which);
        }

        public async Task<string[]> AuditActionsAsync(Guid accountId) => (await AuditAsync(accountId)).Select(a => a.Action).ToArray();

        public async Task<string[]> AuditActorsAsync(Guid accountId) => (await AuditAsync(accountId)).Select(a => a.Actor).ToArray();

        private async Task<List<(string Action, string Actor)>> AuditAsync(Guid accountId)
        {
            await using var scope = Service.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().AuditRecords
                .Where(a => a.EntityId == accountId.ToString()).OrderBy(a => a.Sequence).Select(a => new { a.Action, a.Actor }).ToListAsync();
            return rows.Select(r => (r.Action, r.Actor)).ToList();
        }
    }
}
