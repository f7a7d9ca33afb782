using System.CommandLine;
using Enterprise.Eval.Application.Accounts;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Worker.Api;
using Enterprise.Eval.Worker.Cli.Output;
using Enterprise.Eval.Worker.WebConsole;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`enterprise register|list|show|contact|hr-account|suspend|reinstate|strike-off|key-rotate`: the registry, for operators.</summary>
internal static class EnterpriseVerbs
{
    public static Command Create(CliServices cli)
    {
        var command = new Command("enterprise", "企业登记（备案评价机构）管理");
        command.Subcommands.Add(Register(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(ById(cli, "show", "显示企业登记信息", async (r, id, ct) =>
        {
            var e = await r.GetAsync(id, ct);
            Show(cli.Console, EnterpriseView.Of(e));
        }));
        command.Subcommands.Add(Contact(cli));
        command.Subcommands.Add(HrAccount(cli));
        command.Subcommands.Add(ById(cli, "suspend", "暂停企业评价工作", (r, id, ct) => r.SuspendAsync(id, "cli", ct)));
        command.Subcommands.Add(ById(cli, "reinstate", "恢复企业评价工作", (r, id, ct) => r.ReinstateAsync(id, "cli", ct)));
        command.Subcommands.Add(ById(cli, "strike-off", "取消企业评价机构资格（不可恢复）", (r, id, ct) => r.StrikeOffAsync(id, "cli", ct)));
        command.Subcommands.Add(ById(cli, "key-rotate", "轮换 API 密钥（旧密钥立即失效）", async (r, id, ct) =>
        {
            var key = await r.RotateKeyAsync(id, "cli", ct);
            cli.Console.MarkupLineInterpolated($"新的 API 密钥（只显示这一次）：[bold]{key}[/]");
        }));
        return command;
    }

    private static Command Register(CliServices cli)
    {
        var name = new Option<string>("--name") { Description = "企业名称", Required = true };
        var credit = new Option<string>("--credit-code") { Description = "统一社会信用代码（18位）", Required = true };
        var type = new Option<string>("--evaluator-type") { Description = "Y 用人单位 / S 社会培训评价组织", DefaultValueFactory = _ => "Y" };
        var evaluatorCode = new Option<string>("--evaluator-code") { Description = "评价机构代码（4位；省级备案填0000）", DefaultValueFactory = _ => "0000" };
        var province = new Option<string>("--province") { Description = "省份代码（GB/T 2260 前两位，如 32 江苏）", Required = true };
        var site = new Option<string>("--site-code") { Description = "评价机构（站点）顺序码，6位", Required = true };
        var authority = new Option<string>("--authority") { Description = "备案机关", Required = true };
        var number = new Option<string>("--registration-number") { Description = "备案编号", Required = true };
        var date = new Option<DateOnly>("--registration-date") { Description = "备案日期（2026-03-02）", Required = true };
        var hrName = new Option<string?>("--hr-name") { Description = "人事联系人姓名（接收每日汇总邮件，可选）" };
        var hrEmail = new Option<string?>("--hr-email") { Description = "人事联系人邮箱（可选；与 --hr-name 一起给出）" };
        var command = new Command("register", "登记企业并签发 API 密钥") { name, credit, type, evaluatorCode, province, site, authority, number, date, hrName, hrEmail };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var registration = new EnterpriseRegistration(p.GetValue(name)!, p.GetValue(credit)!, EnterpriseRegistrationRequest.ParseEvaluatorType(p.GetValue(type)),
                p.GetValue(evaluatorCode)!, p.GetValue(province)!, p.GetValue(site)!, p.GetValue(authority)!, p.GetValue(number)!, p.GetValue(date),
                p.GetValue(hrName), p.GetValue(hrEmail));
            var (enterprise, key) = await cli.Services.GetRequiredService<EnterpriseRegistry>().RegisterAsync(registration, "cli", ct);
            cli.Console.MarkupLineInterpolated($"已登记：{enterprise.Name}（{enterprise.Id}）");
            cli.Console.MarkupLineInterpolated($"API 密钥（只显示这一次，请妥善保存）：[bold]{key}[/]");
            if (enterprise.HrContactEmail is null) cli.Console.MarkupLineInterpolated($"[yellow]注意：{EnterpriseView.NoHrContactWarning}[/]");
        }));
        return command;
    }

    private static Command Contact(CliServices cli)
    {
        var id = new Argument<Guid>("id") { Description = "企业 ID" };
        var name = new Option<string?>("--name") { Description = "人事联系人姓名" };
        var email = new Option<string?>("--email") { Description = "人事联系人邮箱" };
        var clear = new Option<bool>("--clear") { Description = "清除人事联系人（不再发送每日汇总）" };
        var command = new Command("contact", "设置或清除人事联系人（接收每日汇总邮件）") { id, name, email, clear };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var (n, e) = p.GetValue(clear) ? ((string?)null, (string?)null) : (p.GetValue(name), p.GetValue(email));
            if (!p.GetValue(clear) && string.IsNullOrWhiteSpace(n) && string.IsNullOrWhiteSpace(e))
                throw new Domain.Common.DomainException("EVAL-ENT-032", "请给出 --name 和 --email，或用 --clear 清除人事联系人");
            var enterprise = await cli.Services.GetRequiredService<EnterpriseRegistry>().ChangeHrContactAsync(p.GetValue(id), n, e, "cli", ct);
            Show(cli.Console, EnterpriseView.Of(enterprise));
        }));
        return command;
    }

    private static Command HrAccount(CliServices cli)
    {
        var id = new Argument<Guid>("id") { Description = "企业 ID" };
        var email = new Option<string>("--email") { Description = "人事专员的登录邮箱", Required = true };
        var name = new Option<string>("--name") { Description = "人事专员姓名", Required = true };
        var command = new Command("hr-account", "创建企业第一个人事专员控制台账号，打印一次性邀请链接") { id, email, name };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            // The password hasher belongs to the web layer; the verb builds the same service the console uses.
            var accounts = ActivatorUtilities.CreateInstance<ConsoleAccounts>(cli.Services, new IdentityPasswordHashing());
            var (account, token) = await accounts.CreateFirstHrOfficerAsync(p.GetValue(id), p.GetValue(email), p.GetValue(name), "cli", ct);
            var links = cli.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Applications.PublicLinkOptions>>().Value;
            cli.Console.MarkupLineInterpolated($"已创建人事专员账号：{account.DisplayName} <{account.Email}>");
            cli.Console.MarkupLineInterpolated($"邀请链接（只显示这一次，{(int)Domain.Accounts.ConsoleAccount.InvitationLifetime.TotalDays} 天内有效）：[bold]{ConsoleEndpoints.InvitationLink(links, account, token)}[/]");
        }));
        return command;
    }

    private static Command List(CliServices cli)
    {
        var command = new Command("list", "列出已登记企业");
        command.SetAction(async (_, ct) => await Verb.RunAsync(cli, async () =>
        {
            var table = new CliTable("ID", "名称", "信用代码", "类型", "省", "站点码", "状态");
            foreach (var e in await cli.Services.GetRequiredService<EnterpriseRegistry>().ListAsync(ct))
                table.AddRow(e.Id.ToString(), e.Name, e.CreditCode, e.EvaluatorTypeLetter.ToString(), e.ProvinceCode, e.SiteSequenceCode, StatusText(e.Status));
            cli.Console.WriteTable(table);
        }));
        return command;
    }

    private static Command ById(CliServices cli, string verb, string description, Func<EnterpriseRegistry, Guid, CancellationToken, Task> action)
    {
        var id = new Argument<Guid>("id") { Description = "企业 ID" };
        var command = new Command(verb, description) { id };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            await action(cli.Services.GetRequiredService<EnterpriseRegistry>(), p.GetValue(id), ct);
            if (verb is not "show" and not "key-rotate") cli.Console.MarkupLine("完成。");
        }));
        return command;
    }

    // The API answers the status's code name (Active); people read it in Chinese.
    private static string StatusText(EnterpriseStatus status) => status switch
    {
        EnterpriseStatus.Active => "正常",
        EnterpriseStatus.Suspended => "已暂停",
        EnterpriseStatus.StruckOff => "已注销",
        _ => status.ToString(),
    };

    private static void Show(IAnsiConsole console, EnterpriseView e)
    {
        console.WritePairs(new (string, string?)[]
                 {
                     ("ID", e.Id.ToString()), ("名称", e.Name), ("统一社会信用代码", e.CreditCode), ("评价机构类型", e.EvaluatorType),
                     ("评价机构代码", e.EvaluatorCode), ("省份代码", e.ProvinceCode), ("站点顺序码", e.SiteSequenceCode),
                     ("备案机关", e.RegistrationAuthority), ("备案编号", e.RegistrationNumber), ("备案日期", e.RegistrationDate.ToString("yyyy-MM-dd")),
                     ("状态", Enum.TryParse<EnterpriseStatus>(e.Status, out var status) ? StatusText(status) : e.Status),
                     ("人事联系人", e.HrContactEmail is null ? "（未设置）" : $"{e.HrContactName} <{e.HrContactEmail}>"),
                 });
        if (e.Warning is not null) console.MarkupLineInterpolated($"[yellow]注意：{e.Warning}[/]");
    }
}
