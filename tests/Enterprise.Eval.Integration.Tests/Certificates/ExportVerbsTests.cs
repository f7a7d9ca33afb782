using System.CommandLine;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Certificates;

public sealed partial class ExportVerbsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<CertificateWorld> WorldAsync(int employees) =>
        CertificateWorld.CreateAsync(TestDatabase.Sqlite(), employees, configure: services => services.AddSingleton(new ExportAdapterCatalog(
            "/packs", [], [new LoadedExportAdapter("Test", new TestCertificateAdapter())], [],
            [new PluginLoadFailure("Broken.dll", "EVAL-PLUGIN-003", "不是有效的插件程序集")])));

    private static (int Exit, string Output) Run(IServiceProvider services, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 250;
        var root = new RootCommand();
        root.Subcommands.Add(ExportVerbs.Create(new CliServices(() => services, console)));
        return (root.Parse(args).Invoke(), writer.ToString());
    }

    [Fact]
    public async Task Adapters_ListsLoadedAdapters_AndLoadFailures()
    {
        await using var world = await WorldAsync(employees: 0);
        await using var scope = world.Scope();

        var (exit, output) = Run(scope.ServiceProvider, "export", "adapters");

        Assert.Equal(0, exit);
        Assert.Contains("test-national", output);
        Assert.Contains("EVAL-PLUGIN-003", output);
        Assert.Contains("Broken.dll", output);
    }

    [Fact]
    public async Task RunTwice_WritesIdenticalFiles_WithTheSameSha256AndBatch_ThenAnswerAccepted()
    {
        await using var world = await WorldAsync(employees: 3);
        var cycle = Guid.NewGuid();
        await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle), world.Candidate(2, cycle));
        await using var scope = world.Scope();
        string[] Args(string file) => ["export", "run", "--cycle", cycle.ToString(), "--adapter", "TEST-national", "--out",
            Path.Combine(_folder, file), "--enterprise", world.EnterpriseId.ToString()];

        var first = Run(scope.ServiceProvider, Args("a.csv"));
        var second = Run(scope.ServiceProvider, Args("b.csv"));

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        var a = await File.ReadAllBytesAsync(Path.Combine(_folder, "a.csv"));
        Assert.Equal(a, await File.ReadAllBytesAsync(Path.Combine(_folder, "b.csv")));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(a)), second.Output);
        var batch = BatchId().Match(first.Output).Groups[1].Value;
        Assert.Contains(batch, second.Output);
        Assert.False(File.Exists(Path.Combine(_folder, "a.csv.part")));

        var answer = Run(scope.ServiceProvider, "export", "answer", batch, "--accepted", "--enterprise", world.EnterpriseId.ToString());

        Assert.Equal(0, answer.Exit);
        Assert.Contains("全部导出批次均已被接收", answer.Output);
        await using var db = world.Database.NewContext();
        Assert.Equal(ExportBatchStatus.Accepted, (await db.ExportBatches.SingleAsync()).Status);
    }

    [Fact]
    public async Task Answer_RecordsRejectedRowsAndReason()
    {
        await using var world = await WorldAsync(employees: 3);
        var cycle = Guid.NewGuid();
        await world.IssueAsync(world.Candidate(0, cycle), world.Candidate(1, cycle), world.Candidate(2, cycle));
        await using var scope = world.Scope();
        var run = Run(scope.ServiceProvider, "export", "run", "--cycle", cycle.ToString(), "--adapter", "test-national", "--out",
            Path.Combine(_folder, "x.csv"), "--utf8-bom", "--enterprise", world.EnterpriseId.ToString());
        var batch = BatchId().Match(run.Output).Groups[1].Value;

        var (exit, output) = Run(scope.ServiceProvider, "export", "answer", batch, "--rejected-rows", "3,1", "--reason", "姓名与证件号不符",
            "--enterprise", world.EnterpriseId.ToString());

        Assert.Equal(0, exit);
        Assert.Contains("第1,3行", output);
        await using var db = world.Database.NewContext();
        var stored = await db.ExportBatches.SingleAsync();
        Assert.Equal(ExportBatchStatus.Rejected, stored.Status);
        Assert.Equal("姓名与证件号不符", stored.RejectionReason);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(Path.Combine(_folder, "x.csv")))[..3]);
    }

    [Fact]
    public async Task Run_Exits1WithUnknownAdapter_WhenTheNameIsNotLoaded()
    {
        await using var world = await WorldAsync(employees: 0);
        await using var scope = world.Scope();

        var (exit, output) = Run(scope.ServiceProvider, "export", "run", "--cycle", Guid.NewGuid().ToString(), "--adapter", "nope",
            "--out", Path.Combine(_folder, "n.csv"), "--enterprise", world.EnterpriseId.ToString());

        Assert.Equal(1, exit);
        Assert.Contains(CertificateIssueErrors.UnknownAdapter, output);
    }

    [GeneratedRegex(@"批次 ([0-9a-f\-]{36})")]
    private static partial Regex BatchId();
}
