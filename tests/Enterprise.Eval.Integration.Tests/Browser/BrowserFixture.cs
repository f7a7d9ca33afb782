using Enterprise.Eval.Integration.Tests.Publicity;
using Microsoft.Playwright;

namespace Enterprise.Eval.Integration.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright's bundled driver (never `playwright install`: no downloads), with a
/// fresh profile, at a phone-sized viewport, against the real service on a loopback port with a started publicity.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Chromium's switches for a headless run on these machines (no sandbox, GPU, QUIC or background traffic).</summary>
    internal static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The system Chromium, headless, without a persistent profile (one browser per spec class).</summary>
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs, Timeout = 60_000 });

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "eval-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    internal PublicityHost Host { get; private set; } = null!;

    public IBrowserContext Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await PublicityHost.StartAsync();
        await Host.StartPublicityAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", .. ChromiumArgs],
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            Timeout = 60_000,
        });
        Browser.SetDefaultTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is throwaway either way.
        }
    }
}
