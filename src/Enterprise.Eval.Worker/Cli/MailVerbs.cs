using System.CommandLine;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`mail failed|retry|send-now`: mails that did not go out, putting them back in the queue, and delivering now.</summary>
internal static class MailVerbs
{
    public static Command Create(CliServices cli)
    {
        var command = new Command("mail", "邮件通知（发件箱）");
        command.Subcommands.Add(Failed(cli));
        command.Subcommands.Add(Retry(cli));
        command.Subcommands.Add(SendNow(cli));
        return command;
    }

    // A verb is one unit of work that ends with the process, so its scope lives as long as the provider.
    private static MailFailures Scoped(CliServices cli) => cli.Services.CreateScope().ServiceProvider.GetRequiredService<MailFailures>();

    private static Option<Guid?> EnterpriseOption() => new("--enterprise") { Description = "只看该企业（企业 ID；默认全部企业）" };

    private static Command Failed(CliServices cli)
    {
        var enterprise = EnterpriseOption();
        var command = new Command("failed", "列出发送失败或缺少邮箱地址的邮件") { enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var failures = await Scoped(cli).ListAsync(p.GetValue(enterprise), ct: ct);
            if (failures.Count == 0)
            {
                cli.Console.MarkupLine("没有发送失败的邮件。");
                return;
            }
            var table = new CliTable("ID", "事件", "收件人", "邮箱", "主题", "状态", "尝试次数", "最后错误", "创建时间");
            foreach (var f in failures)
                table.AddRow(f.Id.ToString(), f.Event, f.RecipientName, f.RecipientAddress, f.Subject, f.Status, f.Attempts.ToString(), f.LastError,
                    ChinaTime.FormatInstant(f.CreatedAt));
            cli.Console.WriteTable(table);
            cli.Console.MarkupLineInterpolated($"共 {failures.Count} 封。发送失败的可用 `mail retry ID` 或 `mail retry --all` 重新发送；缺少邮箱的请先补充花名册。");
        }));
        return command;
    }

    private static Command Retry(CliServices cli)
    {
        var id = new Argument<long?>("id") { Description = "邮件 ID（见 mail failed）", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "重新发送全部发送失败的邮件" };
        var enterprise = EnterpriseOption();
        var command = new Command("retry", "把发送失败的邮件重新放入发送队列") { id, all, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var failures = Scoped(cli);
            var one = p.GetValue(id);
            if (one is null == !p.GetValue(all))
            {
                cli.Console.MarkupLine("[red]EVAL-MAIL-020[/] 请给出一个邮件 ID，或使用 --all（二者选一）。");
                return 1;
            }
            if (one is { } messageId)
            {
                await failures.RetryAsync(p.GetValue(enterprise), messageId, "cli", ct);
                cli.Console.MarkupLineInterpolated($"邮件 {messageId} 已重新排队。");
            }
            else
            {
                var count = await failures.RetryAllAsync(p.GetValue(enterprise), "cli", ct);
                cli.Console.MarkupLineInterpolated($"已重新排队 {count} 封邮件。");
            }
            return 0;
        }));
        return command;
    }

    private static Command SendNow(CliServices cli)
    {
        var command = new Command("send-now", "立即发送所有到期的邮件（不必等待服务的发送循环）");
        command.SetAction(async (_, ct) => await Verb.RunAsync(cli, async () =>
        {
            var elapsed = await cli.Services.GetRequiredService<MailDispatcher>().DrainAsync(ct);
            cli.Console.MarkupLineInterpolated($"完成，用时 {elapsed.TotalSeconds:0.0} 秒。仍失败的邮件见 `mail failed`。");
        }));
        return command;
    }
}
