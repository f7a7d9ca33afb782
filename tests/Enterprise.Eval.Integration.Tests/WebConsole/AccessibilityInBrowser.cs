using System.Text.Json;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>
/// axe-core (pinned in browser-tools/package-lock.json) run in Chromium on the console's main pages, as each role sees
/// them: no violation of serious or critical impact. The script is injected by the test (the pages allow none).
/// </summary>
public sealed class AccessibilityInBrowser(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "browser-tools", "node_modules", "axe-core", "axe.min.js")));

    [Fact]
    public async Task TheSignInPages_HaveNoSeriousAccessibilityViolation()
    {
        await using var context = await host.NewContextAsync(injectsScripts: true);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/console/sign-in", "/admin/sign-in" })
        {
            await page.GotoAsync(host.Url(path));
            await AssertNoSeriousViolationAsync(page);
        }
    }

    [Fact]
    public async Task TheHrOfficersPages_HaveNoSeriousAccessibilityViolation()
    {
        await using var context = await host.NewContextAsync(injectsScripts: true);
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, ConsoleHost.HrEmail, ConsoleHost.Password);
        await page.WaitForURLAsync(host.Url("/console"));

        foreach (var path in new[] { "/console", $"/console/cycles/{host.CycleId}/applications", "/console/accounts" })
        {
            await page.GotoAsync(host.Url(path));
            await AssertNoSeriousViolationAsync(page);
        }
    }

    [Fact]
    public async Task ARefusalPage_AndTheCommitteeMembersLanding_HaveNoSeriousAccessibilityViolation()
    {
        await using var context = await host.NewContextAsync(injectsScripts: true);
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, ConsoleHost.MemberEmail, ConsoleHost.Password);
        await page.WaitForURLAsync(host.Url("/console"));
        await AssertNoSeriousViolationAsync(page);

        await page.GotoAsync(host.Url($"/console/cycles/{host.CycleId}/applications"));
        await AssertNoSeriousViolationAsync(page);
    }

    [Fact]
    public async Task TheReportingStaffsPage_IsWhereTheyLand_AndHasNoSeriousAccessibilityViolation()
    {
        await using var context = await host.NewContextAsync(injectsScripts: true);
        var page = await context.NewPageAsync();
        await host.SignInAsync(page, ConsoleHost.ClerkEmail, ConsoleHost.Password);
        await page.WaitForURLAsync(host.Url("/console/reports"));

        Assert.Equal(5, await page.Locator("form.report").CountAsync());
        Assert.Equal(3, await page.Locator("#run-wenzhou-summary input[name^='field:']").CountAsync());
        await AssertNoSeriousViolationAsync(page);
    }

    [Fact]
    public async Task TheCheck_FindsWhatItLooksFor()
    {
        await using var context = await host.NewContextAsync(injectsScripts: true);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>反例</title></head><body><main><img src=\"x.png\"><input id=\"n\"></main></body></html>");

        var serious = await SeriousViolationsAsync(page);

        Assert.Contains(serious, v => v.StartsWith("critical image-alt"));
        Assert.Contains(serious, v => v.StartsWith("critical label"));
    }

    private static async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious));
    }

    private static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))
            """);
        return violations.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact")} {v.GetProperty("id")}: {v.GetProperty("help")} at {v.GetProperty("nodes")}")
            .ToList();
    }
}
