using System.CommandLine;
using System.Text;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary><c>application import|list|show|held</c>: HR's import of paper 申报表 and a look at a cycle's applications.</summary>
internal static class ApplicationVerbs
{
    public static Command Create(CliServices cli)
    {
        var command = new Command("application", "申报：导入纸质申报表、查看申报");
        command.Subcommands.Add(Import(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Show(cli));
        command.Subcommands.Add(Held(cli));
        command.Subcommands.Add(FactsVerbs.Attest(cli));
        return command;
    }

    private static Command Import(CliServices cli)
    {
        var cycle = new Option<Guid>("--cycle") { Description = "评价周期 ID", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = $"UTF-8 CSV，列：{string.Join("、", ApplicationCsvImporter.Columns)}（工号必填，本人承诺填“是”）" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("import", "按报名规则逐行提交申报（报名期内），并输出每行的资格初审结论或拒绝原因") { cycle, file, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var path = p.GetValue(file)!;
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            using var reader = new StreamReader(path.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var rows = await cli.Services.GetRequiredService<ApplicationCsvImporter>().ImportAsync(enterpriseId, p.GetValue(cycle), reader, "cli", ct);
            var table = new CliTable("行", "工号", "结果", "说明");
            foreach (var row in rows) table.AddRow(row.Line.ToString(), row.EmployeeNumber, row.Accepted ? "已受理" : row.Code, row.Message);
            cli.Console.WriteTable(table);
            cli.Console.WriteLine($"受理 {rows.Count(r => r.Accepted)} 行，拒绝 {rows.Count(r => !r.Accepted)} 行");
            return rows.All(r => r.Accepted) ? 0 : 1;
        }));
        return command;
    }

    private static Command List(CliServices cli)
    {
        var cycle = new Option<Guid>("--cycle") { Description = "评价周期 ID", Required = true };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("list", "列出评价周期的全部申报") { cycle, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var page = await cli.Services.GetRequiredService<ApplicationService>().ListAsync(enterpriseId, p.GetValue(cycle), 1, 500, ct);
            var table = new CliTable("ID", "工号", "姓名", "状态", "资格审查");
            foreach (var (a, e) in page.Items)
                table.AddRow(a.Id.ToString(), e.EmployeeNumber, e.Name, a.Status.Name(), a.ClosingSummary ?? a.SubmissionSummary ?? "—");
            cli.Console.WriteTable(table);
            cli.Console.WriteLine($"共 {page.Total} 份申报");
        }));
        return command;
    }

    private static Command Held(CliServices cli)
    {
        var cycle = new Option<Guid>("--cycle") { Description = "评价周期 ID", Required = true };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("held", "列出待人事确认、尚不能进入评审的申报及原因（用 application attest 逐项确认）") { cycle, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var held = await cli.Services.GetRequiredService<HeldApplications>().ListAsync(enterpriseId, p.GetValue(cycle), ct);
            var table = new CliTable("ID", "工号", "姓名", "待确认事项");
            foreach (var h in held) table.AddRow(h.ApplicationId.ToString(), h.EmployeeNumber, h.Name, string.Join("；", h.Reasons));
            cli.Console.WriteTable(table);
            cli.Console.WriteLine($"共 {held.Count} 份申报待人事确认");
        }));
        return command;
    }

    private static Command Show(CliServices cli)
    {
        var id = new Argument<Guid>("ID") { Description = "申报 ID" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("show", "显示一份申报：申报表、资格审查与材料") { id, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var (a, e) = await cli.Services.GetRequiredService<ApplicationService>().GetAsync(enterpriseId, p.GetValue(id), ct);
            var grid = new List<(string, string?)>();
            void Row(string label, string? value) => grid.Add((label, value));
            Row("受理编号", ApplicationMails.Number(a));
            Row("工号 / 姓名", $"{e.EmployeeNumber} {e.Name}");
            Row("状态", a.Status.Name() + (a.StatusReason is { } r ? $"（{r}）" : ""));
            Row("学历 / 学位", $"{a.Education ?? "—"} / {a.Degree ?? "—"}");
            Row("职称", a.Title);
            Row("专业特长", a.Expertise);
            Row("提交时间", a.SubmittedAt is { } s ? ChinaTime.FormatInstant(s) : null);
            Row("初审", a.SubmissionSummary);
            Row("截止后审查（为准）", a.ClosingSummary);
            cli.Console.WritePairs(grid);
            foreach (var m in a.Materials.OrderBy(m => m.ItemCode, StringComparer.Ordinal).ThenBy(m => m.Version))
                cli.Console.WriteLine($"材料 {m.ItemCode} v{m.Version} {m.FileName} {m.SizeBytes} 字节 {Review(m)}");
        }));
        return command;
    }

    private static string Review(MaterialFile m) => m.Review switch
    {
        MaterialReviewStatus.Accepted => "已通过",
        MaterialReviewStatus.Returned => $"已退回：{m.ReturnReason}",
        _ => "待审核",
    };
}
