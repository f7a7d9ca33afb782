using System.CommandLine;
using System.Text;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Application.Screening;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Facts;

/// <summary>`roster import`, `facts import`, `application attest` and `screen` against a real SQLite file with samples/roster.csv and samples/facts.csv.</summary>
public sealed class ScreenVerbSpecs : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-screen-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = await VerbServices.StartAsync(_database, "32", "江苏省职业技能鉴定中心", "苏评备-0001");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Sample(string name) => RepositoryRoot.File("samples", name);

    private string Scheme()
    {
        var file = Path.Combine(_folder, "jiangsu.yaml");
        File.WriteAllText(file, SchemeTexts.Jiangsu());
        return file;
    }

    [Fact]
    public void Screen_OverTheSampleRoster_WritesOneRowPerEmployee_AndReadsTheStoredFacts()
    {
        Assert.Equal(0, Run("roster", "import", Sample("roster.csv")).Exit);
        var withoutFacts = Path.Combine(_folder, "before.csv");
        Assert.Equal(0, Run("screen", "--scheme", Scheme(), "--as-of", "2026-06-12", "--out", withoutFacts).Exit);
        var (imported, importOutput) = Run("facts", "import", Sample("facts.csv"));
        var withFacts = Path.Combine(_folder, "after.csv");

        var (exit, output) = Run("screen", "--scheme", Scheme(), "--as-of", "2026-06-12", "--out", withFacts);

        Assert.True(imported == 0, importOutput);
        Assert.True(exit == 0, output);
        var rosterRows = File.ReadAllLines(Sample("roster.csv"), Encoding.UTF8).Skip(1).Count(l => l.Length > 0);
        var lines = File.ReadAllLines(withFacts, Encoding.UTF8);
        Assert.Equal(string.Join(",", ScreeningCsvWriter.Headers), lines[0].TrimStart('\uFEFF'));
        Assert.Equal(rosterRows, lines.Length - 1);
        Assert.Equal(lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count(), lines.Length - 1);
        Assert.Contains("共 " + rosterRows + " 人", output);
    }

    [Fact]
    public void Screen_ReadsTheStoredFacts_SoAnEmployeeMissingAppraisalsOnlyAwaitsHrsAttestationAfterTheImport()
    {
        Assert.Equal(0, Run("roster", "import", Sample("roster.csv")).Exit);
        var scheme = Path.Combine(_folder, "nantong-cut.yaml");
        File.WriteAllText(scheme, FactsSchemes.NantongCut());
        var before = Path.Combine(_folder, "before.csv");
        var after = Path.Combine(_folder, "after.csv");

        Assert.Equal(0, Run("screen", "--scheme", scheme, "--as-of", "2026-06-12", "--out", before).Exit);
        Assert.Equal(0, Run("facts", "import", Sample("facts.csv")).Exit);
        Assert.Equal(0, Run("screen", "--scheme", scheme, "--as-of", "2026-06-12", "--out", after).Exit);

        var was = Row(File.ReadAllLines(before, Encoding.UTF8), "E00008").Split(',');
        var now = Row(File.ReadAllLines(after, Encoding.UTF8), "E00008").Split(',');
        Assert.Equal(VerdictKind.Undetermined.ChineseName(), was[2]);
        Assert.Contains(FactNames.Appraisal(2025), was[7]);
        Assert.Equal(VerdictKind.NeedsAttestation.ChineseName(), now[2]);
        Assert.Equal("", now[7]);
    }

    [Fact]
    public async Task FactsImport_ReplacesOnlyTheKindsInTheFile_ForTheEmployeesInTheFile()
    {
        Assert.Equal(0, Run("roster", "import", Sample("roster.csv")).Exit);
        Assert.Equal(0, Run("facts", "import", Sample("facts.csv")).Exit);
        var again = Path.Combine(_folder, "again.csv");
        File.WriteAllText(again, "工号,类别,年份,结果\nE00008,年度考核,2025,不合格\n");

        var (exit, _) = Run("facts", "import", again);

        Assert.Equal(0, exit);
        await using var scope = _services.CreateAsyncScope();
        var facts = scope.ServiceProvider.GetRequiredService<FactsService>();
        var enterpriseId = (await scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>().ListAsync(default))[0].Id;
        var e00008 = (await facts.ForEmployeeAsync(enterpriseId, "E00008"))!;
        Assert.Equal([2025], e00008.Appraisals.Keys);
        Assert.Equal(Domain.Eligibility.Facts.AppraisalGrade.Failed, e00008.Appraisals[2025]);
        Assert.Equal(2, e00008.Achievements.Count);
        Assert.True(e00008.ContinuingEducation[2018]);
        Assert.Equal(5, (await facts.ForEmployeeAsync(enterpriseId, "E00002"))!.Appraisals.Count);
    }

    [Fact]
    public void FactsImport_OfAFileWithErrors_ListsThemAndExitsOne()
    {
        var bad = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(bad, "工号,类别,年份,结果\nE00008,年度考核,2025,很好\n");

        var (exit, output) = Run("facts", "import", bad);

        Assert.Equal(1, exit);
        Assert.Contains("EVAL-FACTS-010", output);
        Assert.Contains("EVAL-FACTS-REJECTED", output);
    }

    [Fact]
    public void ApplicationAttest_NeedsExactlyOneOfYesAndNo_AndNamesAMissingCycle()
    {
        var cycle = Guid.NewGuid().ToString();
        var application = Guid.NewGuid().ToString();

        var both = Run("application", "attest", "--cycle", cycle, "--application", application, "--item", "ethics", "--yes", "--no", "--reason", "理由");
        var unknown = Run("application", "attest", "--cycle", cycle, "--application", application, "--item", "ethics", "--yes", "--reason", "理由");

        Assert.Equal(1, both.Exit);
        Assert.Contains("EVAL-ATTEST-005", both.Output);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("EVAL-NOTFOUND", unknown.Output);
    }

    private static string Row(string[] lines, string employeeNumber) => lines.Single(l => l.StartsWith(employeeNumber + ",", StringComparison.Ordinal));

    private (int Exit, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        var cli = new CliServices(() => _services, console);
        var root = new RootCommand { RosterVerbs.Create(cli), ApplicationVerbs.Create(cli) };
        foreach (var verb in FactsVerbs.CreateAll(cli)) root.Subcommands.Add(verb);
        var exit = root.Parse(args).Invoke();
        return (exit, writer.ToString());
    }
}
