using System.CommandLine;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>
/// Walks every verb of the executable through its error paths — a wrong option, a missing input file, a malformed
/// date — and checks that each ends in a coded Chinese message saying how to fix it, with a non-zero exit code.
/// </summary>
public sealed class VerbErrorPathSpecs : IAsyncLifetime
{
    private static readonly string[] OutputSymbols = ["--out", "--errors-out", "--folder"];

    // Dates the verbs take as text (parsed in the verb, with the China-time format of the API) rather than as DateOnly.
    private static readonly string[] TextDates = ["--window-opens", "--window-closes", "--review-ends", "--publicity-starts", "--certificates-due", "--as-of", "--start", "--from", "DATE"];

    private static readonly Dictionary<string, string> GoodValues = new()
    {
        ["--year"] = "2026", ["--days"] = "5", ["--window-opens"] = "2026-06-10 09:00", ["--window-closes"] = "2026-06-12 16:00",
        ["--review-ends"] = "2026-06-15 17:00", ["--publicity-starts"] = "2026-06-16 00:00", ["--start"] = "2026-03-02",
        ["DATE"] = "2026-03-02", ["--from"] = "2026-03-02", ["--registration-date"] = "2026-01-05", ["--province"] = "32", ["--site-code"] = "000123",
        ["--credit-code"] = "91350100M000100Y43",
    };

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-verb-errors-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _services = await VerbServices.StartAsync(_database, "32", "江苏省职业技能鉴定中心", "苏评备2026-001");

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Leaves(EvalCommandLine.Build([]))) data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Verb_WithAWrongOption_SaysWhichAndPointsToHelp(string verb)
    {
        var (exit, output) = await RunAsync([.. ValidArguments(verb, null, null), "--no-such-option"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("EVAL-CLI-010", output);
        Assert.Contains("“--no-such-option”", output);
        Assert.Contains($"enterprise-eval {verb} --help", output);
        AssertNoEnglishMessage(output);
    }

    [Fact]
    public async Task Verbs_WithoutTheirRequiredOptions_NameEachMissingOneInChinese()
    {
        var (exit, output) = await RunAsync(["cycle", "create"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("EVAL-CLI-011 缺少必需的选项 --scheme", output);
        Assert.Contains("EVAL-CLI-011 缺少必需的选项 --window-opens", output);
        AssertNoEnglishMessage(output);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Verb_WithAMissingInputFile_NamesTheFileAndSaysToCheckThePath(string verb)
    {
        var inputs = Symbols(verb).Where(s => s.Type == typeof(FileInfo) && !OutputSymbols.Contains(s.Name)).ToList();
        if (inputs.Count == 0) return;   // this verb reads no file
        foreach (var input in inputs)
        {
            var missing = Path.Combine(_folder, "没有这个文件.csv");

            var (exit, output) = await RunAsync(ValidArguments(verb, input.Name, missing));

            Assert.NotEqual(0, exit);
            Assert.Contains("EVAL-CLI-002", output);
            Assert.Contains(missing, output);
            Assert.Contains("请检查", output);
        }
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Verb_WithAMalformedDate_NamesTheValueAndShowsTheFormat(string verb)
    {
        var dates = Symbols(verb).Where(s => s.Type == typeof(DateOnly) || (s.Type == typeof(string) && TextDates.Contains(s.Name))).ToList();
        if (dates.Count == 0) return;   // this verb takes no date
        foreach (var date in dates)
        {
            var (exit, output) = await RunAsync(ValidArguments(verb, date.Name, "2026-13-45"));

            Assert.NotEqual(0, exit);
            Assert.Contains("2026-13-45", output);
            Assert.Matches(@"EVAL-[A-Z]+-\d{3}", output);
            Assert.Matches(@"(应写作|例如) ?\d{4}-\d{2}-\d{2}", output);
        }
    }

    [Fact]
    public void TheWalk_CoversVerbsWithFilesAndDates()
    {
        var leaves = Leaves(EvalCommandLine.Build([])).Select(l => l.Path).ToList();

        Assert.True(leaves.Count >= 40, string.Join(", ", leaves));
        Assert.Contains("roster import", leaves);
        Assert.Contains("enterprise register", leaves);
        Assert.Contains("calendar publicity", leaves);
    }

    private async Task<(int Exit, string Output)> RunAsync(string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        var exit = await EvalCommandLine.RunAsync(args, console, () => _services);
        return (exit, writer.ToString());
    }

    /// <summary>The verb's words and every required option and argument with a plausible value; <paramref name="name"/> gets <paramref name="value"/>.</summary>
    private string[] ValidArguments(string verb, string? name, string? value)
    {
        var args = new List<string>(verb.Split(' '));
        var scheme = RepositoryRoot.File("plugins", "Jiangsu", "templates", "jiangsu-grand-technician.yaml");
        foreach (var symbol in Symbols(verb).Where(s => s.Required || s.Name == name))
        {
            var text = symbol.Name == name ? value!
                : symbol.Type == typeof(FileInfo) ? scheme
                : GoodValues.GetValueOrDefault(symbol.Name) ?? Plausible(symbol.Type);
            if (symbol.IsOption) args.Add(symbol.Name);
            args.Add(text);
        }
        return [.. args];
    }

    private static string Plausible(Type type) =>
        type == typeof(Guid) || type == typeof(Guid?) ? Guid.NewGuid().ToString()
        : type == typeof(int) || type == typeof(int?) || type == typeof(long) || type == typeof(long?) ? "1"
        : type == typeof(DateOnly) ? "2026-03-02"
        : "甲";

    private static IEnumerable<(string Name, Type Type, bool Required, bool IsOption)> Symbols(string verb)
    {
        var command = Leaves(EvalCommandLine.Build([])).Single(l => l.Path == verb).Command;
        foreach (var argument in command.Arguments)
            yield return (argument.Name, Nullable.GetUnderlyingType(argument.ValueType) ?? argument.ValueType, argument.Arity.MinimumNumberOfValues > 0, false);
        foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help"))
            yield return (option.Name, Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType, option.Required, true);
    }

    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string prefix = "")
    {
        foreach (var sub in command.Subcommands)
        {
            var path = (prefix + " " + sub.Name).Trim();
            if (sub.Subcommands.Count == 0) yield return (path, sub);
            foreach (var leaf in Leaves(sub, path)) yield return leaf;
        }
    }

    // System.CommandLine's own messages and help are English, which an HR officer cannot be expected to read.
    private static void AssertNoEnglishMessage(string output)
    {
        foreach (var english in new[] { "Unrecognized", "is required", "Required argument", "Cannot parse", "Usage:", "Options:" })
            Assert.DoesNotContain(english, output);
    }
}
