using System.CommandLine;
using System.Text.RegularExpressions;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>The `scheme upload|submit|publish`, `assessor approve` and `cycle create|show|pause` verbs against a real SQLite file.</summary>
public sealed partial class CycleVerbsSpecs : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-verbs-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = await VerbServices.StartAsync(_database, "37", "滨州市人社局", "滨评备-0001");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void UploadApprovePublishCreateShow_SchedulesTheCycleAndPrintsItInChinaTime()
    {
        var file = Path.Combine(_folder, "binzhou.yaml");
        File.WriteAllText(file, SchemeTexts.Binzhou());

        var (uploaded, uploadOutput) = Run("scheme", "upload", file);
        var schemeId = IdIn(uploadOutput);
        Assert.Equal(0, uploaded);
        // 003 四 备案: the 备案 body records the filing with its own key (issue 19; HR approved it until then).
        var key = System.Text.RegularExpressions.Regex.Match(Run("assessor", "create", "--name", "滨州市职业技能鉴定服务中心").Output, @"ea_[0-9a-f]{12}_[A-Za-z0-9_-]+").Value;
        Assert.Equal(0, Run("assessor", "assign", "滨州市职业技能鉴定服务中心").Exit);
        Assert.Equal(0, Run("scheme", "submit", schemeId).Exit);
        Assert.Equal(0, Run("assessor", "approve", schemeId, "--key", key).Exit);
        Assert.Equal(0, Run("scheme", "publish", schemeId).Exit);
        var (created, createOutput) = Run("cycle", "create", "--scheme", schemeId, "--year", "2026",
            "--window-opens", "2026-06-10 09:00", "--window-closes", "2026-06-12 16:00", "--review-ends", "2026-06-15 17:00",
            "--publicity-starts", "2026-06-16 00:00");
        var (shown, showOutput) = Run("cycle", "show", IdIn(createOutput));

        Assert.Equal(0, created);
        Assert.Contains("公示时间：2026年6月16日至2026年6月23日", createOutput);
        Assert.Equal(0, shown);
        Assert.Contains("阶段：已排期", showOutput);
        Assert.Contains("下一步：开始报名，时间：2026年6月10日 9:00", showOutput);
    }

    [Fact]
    public void CreateWithoutPublicityStart_ForASchemeWithoutPublicity_AndDecision_RefusedForAnEnterpriseIssuedCycle()
    {
        // Issue 19: a scheme that holds no publicity (as 温州's) needs no --publicity-starts; `cycle decision` is for a
        // certificate an authority issues, and 滨州's is the enterprise's (003 四(四)).
        var file = Path.Combine(_folder, "binzhou-no-publicity.yaml");
        File.WriteAllText(file, SchemeTexts.Binzhou().Replace("  publicity: after-review ", "  publicity: none #", StringComparison.Ordinal)
            .Replace("  publicityMinWorkingDays: 5 ", "  # publicityMinWorkingDays: 5 ", StringComparison.Ordinal));
        var schemeId = IdIn(Run("scheme", "upload", file).Output);
        // 滨州's scheme is filed with its 备案 body, which records it with its own key (003 四).
        var key = System.Text.RegularExpressions.Regex.Match(Run("assessor", "create", "--name", "滨州市职业技能鉴定服务中心").Output, @"ea_[0-9a-f]{12}_[A-Za-z0-9_-]+").Value;
        Assert.Equal(0, Run("assessor", "assign", "滨州市职业技能鉴定服务中心").Exit);
        Assert.Equal(0, Run("scheme", "submit", schemeId).Exit);
        Assert.Equal(0, Run("assessor", "approve", schemeId, "--key", key).Exit);
        Assert.Equal(0, Run("scheme", "publish", schemeId).Exit);

        var (created, createOutput) = Run("cycle", "create", "--scheme", schemeId, "--year", "2026",
            "--window-opens", "2026-06-10 09:00", "--window-closes", "2026-06-12 16:00", "--review-ends", "2026-06-15 17:00");
        var (decided, decisionOutput) = Run("cycle", "decision", IdIn(createOutput), "--application", System.Guid.NewGuid().ToString(), "--number", "X1");

        Assert.True(created == 0, createOutput);
        Assert.Contains("方案不设公示", createOutput);
        Assert.Equal(1, decided);
        Assert.Contains("EVAL-CERT-040", decisionOutput);
    }

    [Fact]
    public void Upload_InvalidFile_PrintsEveryErrorWithLineAndColumnAndExitsOne()
    {
        var file = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(file, SchemeTexts.Binzhou().Replace("targetLevel: 特级技师", "targetLevel: 大师"));

        var (exit, output) = Run("scheme", "upload", file);

        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.yaml:\d+:\d+ EVAL-SCHEME-\d+ ", output);
        Assert.Contains("EVAL-SCHEMEDOC-010", output);
    }

    [Fact]
    public void CreateCycle_FromDraftScheme_IsRefusedWithItsCode()
    {
        var file = Path.Combine(_folder, "binzhou.yaml");
        File.WriteAllText(file, SchemeTexts.Binzhou());
        var schemeId = IdIn(Run("scheme", "upload", file).Output);

        var (exit, output) = Run("cycle", "create", "--scheme", schemeId, "--year", "2026",
            "--window-opens", "2026-06-10 09:00", "--window-closes", "2026-06-12 16:00", "--review-ends", "2026-06-15 17:00",
            "--publicity-starts", "2026-06-16 00:00");

        Assert.Equal(1, exit);
        Assert.Contains("EVAL-SCHEMEDOC-005", output);
    }

    private (int Exit, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        var cli = new CliServices(() => _services, console);
        var scheme = new Command("scheme");
        foreach (var verb in SchemeLifecycleVerbs.Create(cli)) scheme.Subcommands.Add(verb);
        var root = new RootCommand { scheme, CycleVerbs.Create(cli), AssessorVerbs.Create(cli) };
        var exit = root.Parse(args).Invoke();
        return (exit, writer.ToString());
    }

    private static string IdIn(string output) => Guid().Match(output) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("no id in: " + output);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}
