using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Integration.Tests.Api;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Hostile;

/// <summary>
/// Generated malformed scheme files: the parser answers every one with coded errors and never throws, and the upload
/// endpoint refuses them with a coded problem and stores nothing.
/// </summary>
public sealed class SchemeHostileFiles
{
    private static readonly string Template = File.ReadAllText(RepositoryRoot.File("plugins", "Jiangsu", "templates", "jiangsu-grand-technician.yaml"));

    [Fact]
    public void Parse_HostileFiles_ReturnsCodedErrorsAndNeverThrows()
    {
        var failures = new List<string>();
        foreach (var (name, text) in Files(new Random(HostileBodies.Seed)))
        {
            try
            {
                var result = SchemeFileParser.Parse(text, "hostile.yaml");
                if (result.IsValid) continue;
                if (result.Errors.Count == 0) failures.Add($"{name}: invalid without an error");
                foreach (var error in result.Errors.Where(e => !e.Code.StartsWith("EVAL-", StringComparison.Ordinal) || !ProblemAssert.HasChinese(e.Message)))
                    failures.Add($"{name}: error without a code or Chinese message: {error}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"{name}: {e.GetType().Name} {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Enterprise.Eval", StringComparison.Ordinal))}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Upload_HostileFiles_AreRefusedWithACodedProblemAndStoreNothing()
    {
        await using var host = await ApiHost.StartAsync();
        var (_, key) = await host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var client = host.Client(key);
        var failures = new List<string>();
        var random = new Random(HostileBodies.Seed);

        foreach (var (name, text) in Files(random).Where((_, i) => i < 18 || i % 3 == 0).Where(f => !ParsesAsValid(f.Text)))
        {
            try
            {
                using var response = await client.PostAsync("/api/schemes?fileName=hostile.yaml", new StringContent(text, Encoding.UTF8, "application/yaml"));
                await ProblemAssert.RefusedWithCodeAsync(response, name);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add(e is Xunit.Sdk.XunitException ? e.Message : $"{name}: {e.GetType().Name} {e.Message}");
            }
        }
        using var garbage = new ByteArrayContent(HostileBodies.Garbage(random, 8192));
        using (var response = await client.PostAsync("/api/schemes", garbage))
            await ProblemAssert.RefusedWithCodeAsync(response, "binary garbage");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/schemes")).GetProperty("total").GetInt32());
    }

    private const string Specials = "\t:-[]{}#&*!|>'\"%@`,?\0\uFEFF";

    private static bool ParsesAsValid(string text)
    {
        try { return SchemeFileParser.Parse(text, "hostile.yaml").IsValid; }
        catch (Exception e) when (e is not OutOfMemoryException) { return false; }
    }

    internal static IEnumerable<(string Name, string Text)> Files(Random random)
    {
        var lines = Template.Split('\n');
        yield return ("empty", "");
        yield return ("whitespace", "   \n\t\n");
        yield return ("tabs for indentation", Template.Replace("  ", "\t"));
        yield return ("BOM in the middle", Template.Insert(Template.Length / 2, "\uFEFF"));
        yield return ("NUL in the middle", Template.Insert(Template.Length / 3, "\0"));
        yield return ("deep nesting, flow", new string('[', 10_000) + new string(']', 10_000));
        yield return ("deep nesting, block", string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "a:\n")));
        yield return ("huge scalar", "name: " + new string('长', 3_000_000) + "\n");
        yield return ("huge key", new string('k', 100_000) + ": 1\n");
        yield return ("binary garbage", Encoding.Latin1.GetString(HostileBodies.Garbage(random, 16 * 1024)));
        yield return ("anchors bomb", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n");
        yield return ("undefined alias", "a: *nothing\n");
        yield return ("a sequence at the top", "- 1\n- 2\n");
        yield return ("a scalar at the top", "hello");
        yield return ("two documents", Template + "\n---\n" + Template);
        yield return ("duplicate top key", Template + "\n" + lines.First(l => l.Length > 0 && char.IsLetter(l[0])));
        yield return ("unterminated quote", Template.Insert(Template.IndexOf(':') + 1, " \"open"));
        yield return ("tags", "!!binary name: !!python/object:os.system 1\n");
        for (var i = 0; i < 25; i++)
            yield return ($"truncated at {i}", Template[..random.Next(Template.Length)]);
        string[] wrong = ["[]", "{}", "~", "true", "-1", "1e999", "\"\"", "2026-13-45", "[1, [2, [3]]]", "{a: {b: {c: d}}}", "!!binary AAAA", "0x7fffffffffffffff", "\"\\u0000\""];
        for (var i = 0; i < 60; i++)
        {
            var copy = (string[])lines.Clone();
            var row = random.Next(copy.Length);
            var colon = copy[row].IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) { i--; continue; }
            copy[row] = copy[row][..(colon + 2)] + wrong[random.Next(wrong.Length)];
            yield return ($"wrong type on line {row + 1} #{i}", string.Join('\n', copy));
        }
        for (var i = 0; i < 15; i++)
        {
            var chars = Template.ToCharArray();
            for (var k = 0; k < 20; k++) chars[random.Next(chars.Length)] = Specials[random.Next(Specials.Length)];
            yield return ($"scrambled #{i}", new string(chars));
        }
    }
}
