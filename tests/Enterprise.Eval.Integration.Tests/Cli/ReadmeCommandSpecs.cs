using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>
/// The README's commands run as written: every `bin/enterprise-eval …` it shows names a verb that exists, no command is
/// written with the shell builtin `eval`, and its first session runs line by line through the script, offline, over
/// the samples — each line exits 0, or with the code its comment documents (`# exits 1: EVAL-…`).
/// </summary>
public sealed partial class ReadmeCommandSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-readme-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void EveryCommandTheReadmeShows_IsAVerbOfTheCommandLine()
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md"));
        var root = EvalCommandLine.Build([]);
        var shown = Command().Matches(readme).Select(m => m.Groups["words"].Value).ToList();

        Assert.True(shown.Count >= 15, $"only {shown.Count} commands found in the README");
        foreach (var words in shown)
        {
            Command command = root;
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => Verb().IsMatch(w)))
            {
                if (command.Subcommands.Count == 0) break;   // a leaf's arguments follow
                command = command.Subcommands.SingleOrDefault(c => c.Name == word)
                    ?? throw new Xunit.Sdk.XunitException($"README shows “bin/enterprise-eval {words}”: “{word}” is no verb of “{command.Name}”");
            }
        }
        Assert.Empty(BuiltinEval().Matches(readme).Select(m => m.Value));
    }

    [Fact]
    public async Task TheReadmesFirstSession_RunsAsWritten()
    {
        var repository = Path.GetDirectoryName(RepositoryRoot.File("README.md"))!;
        foreach (var shared in new[] { "bin", "samples" })
            Directory.CreateSymbolicLink(Path.Combine(_folder, shared), Path.Combine(repository, shared));
        var environment = new Dictionary<string, string>
        {
            // The script runs the Worker of the configuration these tests were built in (bin/<Configuration>/net10.0).
            ["EVAL_BUILD_CONFIGURATION"] = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name,
            ["EVAL__Mail__PickupFolder"] = Path.Combine(_folder, "data", "mail"),
        };
        var lines = FirstSession(File.ReadAllText(RepositoryRoot.File("README.md")));
        Assert.True(lines.Count >= 10, string.Join("\n", lines));
        Directory.CreateDirectory(Path.Combine(_folder, "data"));

        foreach (var line in lines)
        {
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                var (name, value) = (line[7..].Split('=', 2)[0], line[7..].Split('=', 2)[1]);
                environment[name] = value;
                continue;
            }
            var documented = Exits().Match(line);
            var (exit, output) = await RunAsync(line, environment);

            if (documented.Success)
            {
                Assert.True(exit == int.Parse(documented.Groups["exit"].Value), $"{line}\nexit {exit}\n{output}");
                Assert.Contains(documented.Groups["code"].Value, output);
            }
            else Assert.True(exit == 0, $"{line}\nexit {exit}\n{output}");
            Assert.DoesNotContain("Unhandled exception", output);
            Assert.DoesNotContain('\u001b', output);
        }
    }

    private static List<string> FirstSession(string readme)
    {
        var start = readme.IndexOf("A first session", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no “A first session” block");
        var block = readme.IndexOf("```bash", start, StringComparison.Ordinal) + "```bash".Length;
        var end = readme.IndexOf("```", block, StringComparison.Ordinal);
        return [.. readme[block..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    private async Task<(int Exit, string Output)> RunAsync(string line, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo("bash", ["-c", line])
        {
            WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"bin/enterprise-eval(?<words>(?: [a-z][a-z-]*)*)")]
    private static partial Regex Command();

    [GeneratedRegex(@"^[a-z][a-z-]*$")]
    private static partial Regex Verb();

    // `eval facts import`, as the README once wrote: bash's builtin eval would run something else.
    [GeneratedRegex(@"(?<![\w/-])eval (?:facts|screen|application|roster|scheme|cycle|cert|export|review|mail|enterprise|calendar|audit|demo)\b")]
    private static partial Regex BuiltinEval();

    [GeneratedRegex(@"# exits (?<exit>\d+): (?<code>EVAL-[A-Z]+(?:-\d{3})?)")]
    private static partial Regex Exits();
}
