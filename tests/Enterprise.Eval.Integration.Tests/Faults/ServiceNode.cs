using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// The Worker run as the service (no verb) in a child process: its own loopback port, the simulated clock of a
/// <see cref="ClockFile"/>, a fast scheduler (1 s idle wait and reconcile), mail as .eml files in a folder of its own.
/// </summary>
public sealed partial class ServiceNode : IDisposable
{
    private readonly WorkerProcess _process;

    private ServiceNode(WorkerProcess process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output => _process.Output;

    public bool HasExited => _process.HasExited;

    /// <param name="logSql">Also log every SQL command (EF's command log), so a test can act on a statement it sees.</param>
    public static async Task<ServiceNode> StartAsync(TestDatabase database, ClockFile clock, string folder, bool logSql = false)
    {
        var address = FreeAddress();
        var settings = Settings(clock, folder, address);
        if (logSql) settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        var node = new ServiceNode(WorkerProcess.Start(database.Options, settings), address);
        try
        {
            await node.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>The configuration of a service node at <paramref name="address"/> (also for a process expected not to start).</summary>
    public static Dictionary<string, string> Settings(ClockFile clock, string folder, Uri address) => new()
    {
        ["Clock:SimulatedNowFile"] = clock.Path,
        ["Http:Url"] = address.ToString().TrimEnd('/'),
        ["Http:AdminKey"] = CycleHost.AdminKey,
        ["Scheduler:SchedulePollingMilliseconds"] = "500",
        ["Scheduler:ReconcileSeconds"] = "1",
        ["Scheduler:QueuePollMilliseconds"] = "500",
        ["Mail:PickupFolder"] = Path.Combine(folder, "mail"),
        ["Mail:PollSeconds"] = "1",
        ["Materials:Folder"] = Path.Combine(folder, "materials"),
    };

    public static Uri FreeAddress() => new($"http://127.0.0.1:{FreePort()}");

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Waits (polling the captured output) until a log line contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (HasExited || watch.Elapsed > within) Assert.Fail($"no log line with '{text}' within {within.TotalSeconds} s:\n" + Output);
            await Task.Delay(5);
        }
    }

    /// <summary>kill -9.</summary>
    public void Kill() => _process.Kill();

    public Task<int> WaitForExitAsync() => _process.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Log lines at Error or Critical (the console log is JSON, one entry a line).</summary>
    public IReadOnlyList<string> Errors() =>
        [.. Output.Split('\n').Where(l => ErrorLine().IsMatch(l))];

    public void Dispose() => _process.Dispose();

    private async Task WaitUntilHealthyAsync(TimeSpan within)
    {
        using var client = Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) Assert.Fail("the service exited at start:\n" + Output);
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (watch.Elapsed > within) Assert.Fail($"the service was not healthy within {within.TotalSeconds} s:\n" + Output);
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("\"LogLevel\"\\s*:\\s*\"(Error|Critical)\"")]
    private static partial Regex ErrorLine();
}
