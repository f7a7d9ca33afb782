using System.CommandLine;
using System.Text.RegularExpressions;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.SchemeDocuments;

/// <summary>
/// The `assessor` verbs against a real SQLite file (issue 19 point 1): the administrator registers the 省职业技能鉴定中心
/// and assigns the enterprise; the centre decides with its own key; `scheme approve` by the enterprise is refused.
/// </summary>
public sealed partial class AssessorVerbsSpecs : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-assessor-verbs-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() =>
        _services = await VerbServices.StartAsync(_database, "32", "江苏省职业技能鉴定中心", "苏评备2026-001");

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void CreateAssignSubmit_ThenTheCentreApprovesWithItsKey_WhileTheEnterprisesApproveIsRefused()
    {
        var file = Path.Combine(_folder, "jiangsu.yaml");
        File.WriteAllText(file, SchemeTexts.Jiangsu());
        var (created, createOutput) = Run("assessor", "create", "--name", "江苏省职业技能鉴定中心");
        var key = Key().Match(createOutput).Value;
        Assert.Equal(0, Run("assessor", "assign", "江苏省职业技能鉴定中心").Exit);
        var schemeId = IdIn(Run("scheme", "upload", file).Output);
        Assert.Equal(0, Run("scheme", "submit", schemeId).Exit);

        var (ownExit, ownOutput) = Run("scheme", "approve", schemeId);
        var (noKeyExit, noKeyOutput) = Run("assessor", "approve", schemeId);
        var (listExit, listOutput) = Run("assessor", "schemes", "--key", key);
        var (approveExit, approveOutput) = Run("assessor", "approve", schemeId, "--key", key);

        Assert.Equal(0, created);
        Assert.StartsWith("ea_", key, StringComparison.Ordinal);
        Assert.Equal((1, true), (ownExit, ownOutput.Contains("EVAL-SCHEMEDOC-006")));
        Assert.Equal((1, true), (noKeyExit, noKeyOutput.Contains(AssessorVerbs.BadKeyCode)));
        Assert.Equal(0, listExit);
        Assert.Contains(schemeId, listOutput);
        Assert.Contains("已报审", listOutput);
        Assert.Equal(0, approveExit);
        Assert.Contains("状态：已通过", approveOutput);
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
        var root = new RootCommand { scheme, AssessorVerbs.Create(cli) };
        var exit = root.Parse(args).Invoke();
        return (exit, writer.ToString());
    }

    private static string IdIn(string output) => Guid().Match(output) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("no id in: " + output);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"ea_[0-9a-f]{12}_[A-Za-z0-9_-]+")]
    private static partial Regex Key();
}
