using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Integration.Tests.Admin;
using Enterprise.Eval.Integration.Tests.Browser;
using Enterprise.Eval.Integration.Tests.Cycles;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>
/// The real service on loopback (the dashboard tests' host: enterprise 甲 with one scheduled 滨州 cycle) plus a second
/// enterprise 乙, each with a first HR officer created through the administrator API and activated through the
/// invitation link; 甲's HR officer invites a committee member and a reporting clerk through the console's form.
/// One headless Chromium (Debian's) is shared by every test of the class; each test opens its own context.
/// </summary>
public sealed partial class ConsoleHost : IAsyncLifetime
{
    public const string Password = "正确的密码-0123456789";
    public const string HrEmail = "hr@jia.example.com";
    public const string OtherHrEmail = "hr@yi.example.com";
    public const string MemberEmail = "member@jia.example.com";
    public const string ClerkEmail = "clerk@jia.example.com";

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    internal DashboardHost Dashboard { get; private set; } = null!;
    public Uri BaseAddress => Dashboard.Host.BaseAddress;
    public Guid CycleId => Dashboard.CycleId;
    public Guid OtherEnterpriseId { get; private set; }

    public async Task InitializeAsync()
    {
        Dashboard = await DashboardHost.StartAsync(onLoopback: true);
        var jia = (await (await Dashboard.Host.Client(CycleHost.AdminKey).GetAsync("/api/admin/enterprises")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        (OtherEnterpriseId, _) = await Dashboard.Host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");

        await AcceptAsync(await CreateHrOfficerAsync(jia, HrEmail, "王人事"));
        await AcceptAsync(await CreateHrOfficerAsync(OtherEnterpriseId, OtherHrEmail, "李人事"));
        var hr = await SignedInClientAsync(HrEmail, Password);
        await AcceptAsync(await InviteAsync(hr, MemberEmail, "赵委员", "CommitteeMember"));
        await AcceptAsync(await InviteAsync(hr, ClerkEmail, "钱上报", "ReportingStaff"));

        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await Dashboard.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser context (no cookies) at a phone's size, in Chinese. <paramref name="injectsScripts"/> lets a test
    /// inject its own script (axe-core) past the console's script-free Content-Security-Policy.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(bool injectsScripts = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
            BypassCSP = injectsScripts,
        });
        // A guard against a hang, not a speed check: at the start of the whole suite on two cores (every class starting
        // its hosts, databases and browsers at once) a first page has been seen to take over 30 s.
        context.SetDefaultTimeout(90_000);
        return context;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Signs in through the form in the page; leaves the page wherever the service sent it.</summary>
    public async Task SignInAsync(IPage page, string email, string password, string path = "/console")
    {
        await page.GotoAsync(Url(path));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        // Waits for the form's answer, so a refused sign-in fails here with its page rather than as a later timeout.
        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#sign-in"),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/console/sign-in");
        if (password == Password && answer.Status != 302)
            throw new Xunit.Sdk.XunitException($"sign-in of {email} answered {answer.Status}:\n{await answer.TextAsync()}");
    }

    public async Task<string> CreateHrOfficerAsync(Guid enterpriseId, string email, string name)
    {
        var response = await Dashboard.Host.Client(CycleHost.AdminKey).PostAsJsonAsync($"/api/admin/enterprises/{enterpriseId}/hr-account", new { email, displayName = name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationUrl").GetString()!).AbsolutePath;
    }

    /// <summary>Sets <see cref="Password"/> through the invitation link's form, as a person would, without a browser.</summary>
    private async Task AcceptAsync(string invitationPath)
    {
        using var client = Dashboard.Host.BrowserClient();
        var token = TokenOf(await client.GetStringAsync(invitationPath));
        var accepted = await client.PostAsync(invitationPath, Form(token, ("password", Password)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    private async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var client = Dashboard.Host.BrowserClient();
        var token = TokenOf(await client.GetStringAsync("/console/sign-in"));
        var response = await client.PostAsync("/console/sign-in", Form(token, ("email", email), ("password", password), ("returnUrl", "/console")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<string> InviteAsync(HttpClient hr, string email, string name, string role)
    {
        var token = TokenOf(await hr.GetStringAsync("/console/accounts"));
        var page = await (await hr.PostAsync("/console/accounts/invite", Form(token, ("email", email), ("displayName", name), ("role", role)))).Content.ReadAsStringAsync();
        var link = InvitationLink().Match(page);
        Assert.True(link.Success, page);
        return new Uri(WebUtility.HtmlDecode(link.Groups[1].Value)).AbsolutePath;
    }

    internal static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Prepend(KeyValuePair.Create("__RequestVerificationToken", token)));

    internal static string TokenOf(string page) =>
        TokenField().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no antiforgery field:\n" + page);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<code id=\"invitation-link\">([^<]+)</code>")]
    private static partial Regex InvitationLink();
}
