using System.Diagnostics;
using System.Net;
using Enterprise.Eval.Infrastructure.Persistence;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>
/// The service as a new user first starts it (an empty data folder, an empty home folder, the product's logging
/// defaults): the console reads as plain lines, not JSON objects, no data-protection warning appears, and the
/// data-protection key is kept in data/keys beside the database file, readable by its owner only.
/// </summary>
public sealed class FreshStartConsole
{
    [Fact]
    public async Task AFreshStart_LogsPlainLines_WithoutADataProtectionWarning_AndKeepsTheKeysBesideTheDatabase()
    {
        var root = Directory.CreateTempSubdirectory("eval-fresh-start-").FullName;
        try
        {
            var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
            var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = Path.Combine(root, "data", "enterprise-eval.db") };
            var address = ServiceNode.FreeAddress();
            using var worker = WorkerProcess.StartAsNewUser(database, new Dictionary<string, string> { ["Http:Url"] = address.ToString().TrimEnd('/') }, home);
            await WaitUntilHealthyAsync(worker, address);
            using (var client = new HttpClient { BaseAddress = address })
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/sign-in")).StatusCode); // uses the keys (antiforgery)
            await Task.Delay(500);
            var output = worker.Output;

            Assert.Contains("Now listening on: " + address.ToString().TrimEnd('/'), output, StringComparison.Ordinal);
            Assert.Contains("Press Ctrl+C to shut down", output, StringComparison.Ordinal);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.DoesNotContain(lines, l => l.StartsWith('{'));
            Assert.DoesNotContain("\"Message\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("DataProtection", output, StringComparison.Ordinal);
            Assert.DoesNotContain(lines, l => l.Contains("warn:", StringComparison.Ordinal) || l.Contains("fail:", StringComparison.Ordinal));
            var keys = Path.Combine(root, "data", "keys");
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
            Assert.False(Directory.Exists(Path.Combine(home, ".aspnet")), "keys were also written to the home folder");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task WaitUntilHealthyAsync(WorkerProcess worker, Uri address)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (worker.HasExited) Assert.Fail("the service exited at start:\n" + worker.Output);
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
            if (watch.Elapsed > TimeSpan.FromSeconds(90)) Assert.Fail("not healthy within 90 s:\n" + worker.Output);
            await Task.Delay(200);
        }
    }
}
