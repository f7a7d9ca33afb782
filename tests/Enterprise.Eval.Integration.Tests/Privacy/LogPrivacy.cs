using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Certificates;
using Enterprise.Eval.Integration.Tests.Faults;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Integration.Tests.Privacy;

/// <summary>
/// The logs of a roster import, an API session and a certificate issue, at Debug level: no 18-character ID number and
/// no 11-digit mobile number from the sample roster appears in any line, value or exception.
/// </summary>
public sealed partial class LogPrivacy
{
    private static readonly string SamplePath = RepositoryRoot.File("samples", "roster.csv");

    [Fact]
    public async Task ApiSession_ImportReadAndRefusedImport_LogsNoIdOrMobileNumber()
    {
        var logs = new LineRecorder();
        await using var database = TestDatabase.Sqlite();
        var app = ServiceHost.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(database.Settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Http:AdminKey"] = Api.ApiHost.AdminKey,
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
            });
            builder.Logging.AddProvider(logs);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        try
        {
            var admin = app.GetTestClient();
            admin.DefaultRequestHeaders.Add("X-Api-Key", Api.ApiHost.AdminKey);
            var registered = await admin.PostAsJsonAsync("/api/admin/enterprises", new
            {
                name = "甲机械有限公司", creditCode = "91350100M000100Y43", evaluatorType = "Y", evaluatorCode = "0000", provinceCode = "32",
                siteSequenceCode = "000123", registrationAuthority = "江苏省职业技能鉴定中心", registrationNumber = "苏评备-0001", registrationDate = "2026-01-05",
            });
            registered.EnsureSuccessStatusCode();
            var key = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
            var client = app.GetTestClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            var sample = await File.ReadAllBytesAsync(SamplePath);

            (await client.PostAsync("/api/roster", new ByteArrayContent(sample))).EnsureSuccessStatusCode();
            var page = await client.GetFromJsonAsync<JsonElement>("/api/roster/employees?pageSize=500");
            var first = page.GetProperty("items")[0].GetProperty("id").GetGuid();
            (await client.GetAsync($"/api/roster/employees/{first}")).EnsureSuccessStatusCode();
            var refused = await client.PostAsync("/api/roster", new ByteArrayContent(Encoding.UTF8.GetBytes(BreakEveryIdNumber(sample))));
            Assert.False(refused.IsSuccessStatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Assert.True(logs.Lines.Count > 0, "nothing was logged: the capture is not wired");
        AssertClean(logs.Lines, await File.ReadAllBytesAsync(SamplePath));
    }

    [Fact]
    public async Task WorkerProcess_RosterImportAndCertificateIssue_PrintsNoIdOrMobileNumber()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var db = database.NewContext()) await db.Database.MigrateAsync();
        var enterprise = await CertificateWorld.RegisterAsync(database, "甲机械有限公司", "91350100M000100Y43");
        var folder = Directory.CreateTempSubdirectory("eval-privacy-").FullName;
        try
        {
            var sample = await File.ReadAllBytesAsync(SamplePath);
            var broken = Path.Combine(folder, "broken.csv");
            await File.WriteAllTextAsync(broken, BreakEveryIdNumber(sample));
            var candidates = new StringBuilder("工号,职业编码,职业名称,工种,等级,发证日期,业绩评审\n");
            for (var i = 1; i <= 50; i++) candidates.Append($"E{i:00000},6-18-01-01,车工,数控车工,特级技师,2026-11-20,88.5\n");
            var candidateFile = Path.Combine(folder, "candidates.csv");
            await File.WriteAllTextAsync(candidateFile, candidates.ToString());

            var output = new StringBuilder();
            foreach (var arguments in new[]
                     {
                         new[] { "roster", "import", broken, "--enterprise", enterprise.ToString() },
                         ["roster", "import", SamplePath, "--enterprise", enterprise.ToString()],
                         ["roster", "import", SamplePath, "--enterprise", enterprise.ToString()],
                         ["cert", "issue", "--cycle", Guid.NewGuid().ToString(), "--from", candidateFile, "--enterprise", enterprise.ToString()],
                         ["cert", "list", "--enterprise", enterprise.ToString()],
                     })
            {
                var (_, text) = await WorkerProcess.RunAsync(database.Options, arguments);
                output.AppendLine(text);
            }
            Assert.Contains("新发 50 张", output.ToString());
            AssertClean(output.ToString().Split('\n'), sample);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertClean(IEnumerable<string> lines, byte[] sample)
    {
        var (ids, mobiles) = Numbers(sample);
        var leaks = lines.Where(l => IdShape().IsMatch(l) || MobileShape().IsMatch(l) || ids.Any(l.Contains) || mobiles.Any(l.Contains)).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log line(s) carry personal numbers, e.g.:\n" + string.Join("\n", leaks.Take(5)));
    }

    private static (List<string> Ids, List<string> Mobiles) Numbers(byte[] sample)
    {
        var rows = Encoding.UTF8.GetString(sample).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        return (rows.Select(r => r[2]).ToList(), rows.Select(r => r[17]).ToList());
    }

    /// <summary>Every ID number gets a wrong check character, so the import is refused row by row.</summary>
    private static string BreakEveryIdNumber(byte[] sample)
    {
        var lines = Encoding.UTF8.GetString(sample).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length < 3) continue;
            fields[2] = fields[2][..17] + (fields[2][17] == '0' ? '1' : '0');
            lines[i] = string.Join(',', fields);
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")]
    private static partial Regex IdShape();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex MobileShape();

    /// <summary>Every log entry as text: message, named values and any exception, as a sink would write them.</summary>
    private sealed class LineRecorder : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(LineRecorder owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                owner._lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
                owner._lines.Enqueue($"{category} {logLevel} {formatter(state, exception)} {string.Join(" ", values.Select(v => $"{v.Key}={v.Value}"))} {exception}");
            }
        }
    }
}
