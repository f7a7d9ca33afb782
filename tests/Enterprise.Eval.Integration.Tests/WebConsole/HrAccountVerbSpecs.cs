using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>`enterprise hr-account`: the operator's way to the first HR officer, printing the one-time link once.</summary>
public sealed class HrAccountVerbSpecs : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _services = await VerbServices.StartAsync(_database, "32", "江苏省职业技能鉴定中心", "苏评备2026-001");

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TheVerb_CreatesTheInvitedHrOfficer_PrintsTheLink_AndRefusesASecond()
    {
        Guid enterpriseId;
        await using (var scope = _services.CreateAsyncScope())
            enterpriseId = (await scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>().ListAsync()).Single().Id;

        var (exit, output) = await RunAsync(["enterprise", "hr-account", enterpriseId.ToString(), "--email", "hr@example.com", "--name", "王人事"]);

        Assert.True(exit == 0, output);
        Assert.Contains("已创建人事专员账号：王人事 <hr@example.com>", output);
        await using (var scope = _services.CreateAsyncScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().ConsoleAccounts.SingleAsync();
            Assert.Matches($@"/console/invitation/{account.Id}/[A-Za-z0-9_-]{{32}}", output);
            Assert.Null(account.PasswordHash);
        }

        var (again, refused) = await RunAsync(["enterprise", "hr-account", enterpriseId.ToString(), "--email", "hr2@example.com", "--name", "孙人事"]);
        Assert.NotEqual(0, again);
        Assert.Contains("EVAL-ACC-007", refused);
    }

    private async Task<(int Exit, string Output)> RunAsync(string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 400;
        var exit = await EvalCommandLine.RunAsync(args, console, () => _services);
        return (exit, writer.ToString());
    }
}
