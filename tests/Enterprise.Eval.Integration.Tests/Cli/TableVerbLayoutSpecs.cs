using System.Text.RegularExpressions;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Integration.Tests.Faults;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>
/// Every verb that prints a table, over the demo's data: in a terminal of 40, 80 and 200 columns each line fits the
/// width (no crash on wide Chinese text in a narrow column), and piped the output is plain text — no colour codes, no
/// hard wrapping, so an ID, a path or a row stays on one line.
/// </summary>
public sealed partial class TableVerbLayoutSpecs(DemoVerbDatabase demo) : IClassFixture<DemoVerbDatabase>
{
    /// <summary>0 stands for piped output.</summary>
    private static readonly int[] Widths = [40, 80, 200, 0];

    private static readonly string[] TableVerbs =
    [
        "enterprise list", "enterprise show", "scheme templates", "scheme list", "cycle list", "application list", "application show",
        "application import", "review list", "cert list", "cert show", "cert check", "export adapters", "mail failed", "screen",
        "roster import", "roster list", "facts import",
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var verb in TableVerbs)
            foreach (var width in Widths) data.Add(verb, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TableVerb_FitsEveryTerminalWidth_AndIsPlainWhenPiped(string verb, int width)
    {
        var (args, expectedExit, whole) = Arguments(verb);
        var writer = new StringWriter();
        var console = width == 0 ? CliConsole.Create(writer, redirected: true, noColor: false, width: null) : Terminal(writer, width);

        var exit = await EvalCommandLine.RunAsync(args, console, () => demo.Services);

        var output = writer.ToString();
        Assert.True(exit == expectedExit, $"exit {exit}:\n{output}");
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (width == 0)
        {
            Assert.DoesNotContain('\u001b', output);
            foreach (var value in whole) Assert.Contains(lines, l => l.Contains(value, StringComparison.Ordinal));
        }
        else
        {
            foreach (var line in lines.Select(l => Ansi().Replace(l, "")))
                Assert.True(Cells(line) <= width, $"{Cells(line)} cells at {width} columns: {line}");
            Assert.NotEqual("", output.Trim());
        }
    }

    [Fact]
    public async Task Screen_PipedFromTheRealExecutable_IsOneLinePerEmployeeWithoutColourCodes()
    {
        var (exit, output) = await WorkerProcess.RunAsync(
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = demo.DatabasePath }, "screen", "--scheme", SchemeFile());

        Assert.True(exit == 0, output);
        Assert.DoesNotContain('\u001b', output);
        var rows = output.Split('\n').Where(l => Regex.IsMatch(l, @"^E\d{5}\s")).ToList();
        Assert.Equal(200, rows.Count);
        Assert.All(rows, r => Assert.Matches(@"^E\d{5}\s+\S+\s+\S", r));
    }

    private (string[] Args, int Exit, string[] Whole) Arguments(string verb)
    {
        var folder = Directory.CreateTempSubdirectory("eval-table-verbs-").FullName;
        string Bad(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }
        var cycle = demo.CycleId.ToString();
        return verb switch
        {
            "enterprise list" => (["enterprise", "list"], 0, [demo.EnterpriseId.ToString(), "江苏演示机械股份有限公司"]),
            "enterprise show" => (["enterprise", "show", demo.EnterpriseId.ToString()], 0, [demo.EnterpriseId.ToString()]),
            "scheme templates" => (["scheme", "templates"], 0, ["jiangsu-grand-technician", "福建省机关事业单位工勤人员高级技师评审"]),
            "scheme list" => (["scheme", "list"], 0, [demo.SchemeId.ToString()]),
            "cycle list" => (["cycle", "list"], 0, [cycle]),
            "application list" => (["application", "list", "--cycle", cycle], 0, [demo.ApplicationId.ToString()]),
            "application show" => (["application", "show", demo.ApplicationId.ToString()], 0, ["受理编号"]),
            "application import" => (["application", "import", "--cycle", cycle, Bad("applications.csv", "工号,本人承诺\nE00001,是\n")], 1, ["E00001"]),
            "review list" => (["review", "list", "--cycle", cycle], 0, ["拟推荐名单"]),
            "cert list" => (["cert", "list"], 0, [demo.CertificateNumber]),
            "cert show" => (["cert", "show", demo.CertificateNumber], 0, [demo.CertificateNumber]),
            "cert check" => (["cert", "check", demo.CertificateNumber], 0, [demo.CertificateNumber]),
            "export adapters" => (["export", "adapters"], 0, ["national"]),
            "mail failed" => (["mail", "failed"], 0, []),
            "screen" => (["screen", "--scheme", SchemeFile()], 0, ["E00001", "基本条件1（高级技师岗位满5年）"]),
            "roster import" => (["roster", "import", Bad("roster.csv", "工号,姓名,身份证号,部门,职业编码,职业名称,技能等级\nE90001,王五,110101199003071234,机加工车间,6-18-01-01,车工,高级工\n")],
                1, [Path.Combine(folder, "roster.csv.errors.csv")]),
            "roster list" => (["roster", "list"], 0, ["E00001"]),
            "facts import" => (["facts", "import", Bad("facts.csv", "工号,类别,年份,结果\nE00001,年度考核,2025,很好\n")], 1, [Path.Combine(folder, "facts.csv.errors.csv")]),
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
        };
    }

    private string SchemeFile()
    {
        var path = Path.Combine(demo.Folder, "jiangsu-2026.yaml");
        if (!File.Exists(path))
            File.WriteAllText(path, File.ReadAllText(RepositoryRoot.File("plugins", "Jiangsu", "templates", "jiangsu-grand-technician.yaml"))
                .Replace("\nyear: 2022", "\nyear: 2026", StringComparison.Ordinal));
        return path;
    }

    private static IAnsiConsole Terminal(StringWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }

    // Measured here independently of the product's own measure: CJK ideographs, kana, Hangul and fullwidth forms take two cells.
    private static int Cells(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z=]|\u001b[=>]")]
    private static partial Regex Ansi();
}
