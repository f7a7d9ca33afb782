using System.CommandLine;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Worker.Cli;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>`mail failed` and `mail retry` run against the test host's services, as the executable would run them.</summary>
public sealed class MailVerbsTests
{
    private static readonly Dictionary<string, object?> Model = new() { ["cycleName"] = "2026年度特级技师评价" };

    [Fact]
    public async Task MailFailed_ListsFailedAndUndeliverableMails()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "1" }, new RefusingSender());
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", [MailRecipient.ForEmployee("E002", "李四", null), MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")], Model);
        await host.Dispatcher.DrainAsync();

        var (code, output) = await RunAsync(host, "mail", "failed");

        Assert.Equal(0, code);
        Assert.Contains("李四", output);
        Assert.Contains("缺少邮箱地址", output);
        Assert.Contains("发送失败", output);
        Assert.Contains("共 2 封", output);
    }

    [Fact]
    public async Task MailRetry_RequeuesEveryFailedMail_WithAll()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["MaxAttempts"] = "1" }, new RefusingSender());
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", [MailRecipient.ForAddress("a@jinggong.example", "甲"), MailRecipient.ForAddress("b@jinggong.example", "乙")], Model);
        await host.Dispatcher.DrainAsync();

        var (code, output) = await RunAsync(host, "mail", "retry", "--all");

        Assert.Equal(0, code);
        Assert.Contains("已重新排队 2 封邮件", output);
        Assert.All(await host.MessagesAsync(), m => Assert.Equal(OutboxStatus.Pending, m.Status));
    }

    [Fact]
    public async Task MailRetry_FailsWithACode_WhenGivenNeitherAnIdNorAll()
    {
        await using var host = await MailTestHost.StartAsync();

        var (code, output) = await RunAsync(host, "mail", "retry");

        Assert.Equal(1, code);
        Assert.Contains("EVAL-MAIL-020", output);
    }

    [Fact]
    public async Task MailRetry_ReportsTheRule_WhenTheMailHasNoAddress()
    {
        await using var host = await MailTestHost.StartAsync();
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", [MailRecipient.ForEmployee("E002", "李四", null)], Model);
        var id = Assert.Single(await host.MessagesAsync()).Id;

        var (code, output) = await RunAsync(host, "mail", "retry", id.ToString());

        Assert.Equal(1, code);
        Assert.Contains("EVAL-MAIL-011", output);
    }

    private static async Task<(int Code, string Output)> RunAsync(MailTestHost host, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        var cli = new CliServices(() => host.Services, console);
        // The verb group is internal to the executable; the lead wires it into the root command.
        var create = typeof(CliServices).Assembly.GetType("Enterprise.Eval.Worker.Cli.MailVerbs", throwOnError: true)!.GetMethod("Create")!;
        var root = new RootCommand { (Command)create.Invoke(null, [cli])! };
        var code = await root.Parse(args).InvokeAsync();
        return (code, writer.ToString());
    }

    private sealed class RefusingSender : IMailSender
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken ct) => throw new InvalidOperationException("550 mailbox unavailable");
    }
}
