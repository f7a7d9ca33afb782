using System.CommandLine;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Certificates;

public sealed class CertificateVerbsTests
{
    private static (int Exit, string Output) Run(Func<IServiceProvider> services, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var root = new RootCommand();
        root.Subcommands.Add(CertificateVerbs.Create(new CliServices(services, console)));
        var exit = root.Parse(args).Invoke();
        return (exit, writer.ToString());
    }

    private static IServiceProvider NoServices() => throw new InvalidOperationException("cert check must not compose services");

    [Fact]
    public void Check_ExplainsEverySegment_WithoutComposingServices()
    {
        var (exit, output) = Run(NoServices, "cert", "check", "Y00003200012326T000001");

        Assert.Equal(0, exit);
        Assert.Contains("格式有效", output);
        Assert.Contains("特级技师", output);
        Assert.Contains("江苏", output);
    }

    [Fact]
    public void Check_ReportsCodes_AndExits1_WhenTheLevelCodeIsLowerCase()
    {
        var (exit, output) = Run(NoServices, "cert", "check", "Y00003200012326t000001");

        Assert.Equal(CertificateVerbs.InvalidNumberExitCode, exit);
        Assert.Contains("EVAL-CERT-009", output);
    }

    [Fact]
    public async Task Revoke_ThenShowAndList_ShowTheCertificateRevokedWithItsNumber()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 2);
        var cycle = Guid.NewGuid();
        var issued = await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle));
        await using var scope = world.Scope();
        var enterprise = world.EnterpriseId.ToString();
        var number = issued[0].Number.Value;

        var revoke = Run(() => scope.ServiceProvider, "cert", "revoke", number, "--reason", "弄虚作假：证明材料伪造", "--enterprise", enterprise);
        var show = Run(() => scope.ServiceProvider, "cert", "show", number, "--enterprise", enterprise);
        var list = Run(() => scope.ServiceProvider, "cert", "list", "--cycle", cycle.ToString(), "--enterprise", enterprise);

        Assert.Equal(0, revoke.Exit);
        Assert.Contains("已撤销", show.Output);
        Assert.Contains("证明材料伪造", show.Output);
        Assert.Contains("共 2 张，其中已撤销 1 张", list.Output);
    }

    [Fact]
    public async Task Show_Exits1WithNotFound_ForAnUnknownNumber()
    {
        await using var world = await CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees: 1);
        await using var scope = world.Scope();

        var (exit, output) = Run(() => scope.ServiceProvider, "cert", "show", "Y00003200012326T000099", "--enterprise", world.EnterpriseId.ToString());

        Assert.Equal(1, exit);
        Assert.Contains("EVAL-NOTFOUND", output);
    }
}
