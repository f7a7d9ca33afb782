using Enterprise.Eval.Worker.Cli;
using Enterprise.Eval.Worker.Cli.Output;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>What the verbs print for people is Chinese: the codes programs read (Active, Drafted, Draft) stay in the API.</summary>
public sealed class ChineseVerbOutputSpecs(DemoVerbDatabase demo) : IClassFixture<DemoVerbDatabase>
{
    [Fact]
    public async Task EnterpriseList_SaysTheStatusInChinese()
    {
        var output = await RunAsync("enterprise", "list");

        Assert.Contains("正常", output);
        Assert.DoesNotContain("Active", output);
    }

    [Fact]
    public async Task CycleShow_SaysItsHistoryInChinese()
    {
        var output = await RunAsync("cycle", "show", demo.CycleId.ToString());

        Assert.Contains("创建（草拟）", output);
        Assert.Contains("开始报名（已排期→报名中）", output);
        foreach (var english in new[] { "Drafted", "Draft", "Scheduled", "WindowOpened", "→Open" })
            Assert.DoesNotContain(english, output);
    }

    private async Task<string> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var exit = await EvalCommandLine.RunAsync(args, CliConsole.Create(writer, redirected: true, noColor: false, width: null), () => demo.Services);
        Assert.True(exit == 0, writer.ToString());
        return writer.ToString();
    }
}
