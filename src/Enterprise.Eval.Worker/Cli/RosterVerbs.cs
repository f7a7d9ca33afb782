using System.CommandLine;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Microsoft.EntityFrameworkCore;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`roster import FILE`: validate and upsert the staff roster, or report every error and change nothing; `roster list`.</summary>
internal static class RosterVerbs
{
    public static Command Create(CliServices cli)
    {
        var command = new Command("roster", "职工花名册");
        var file = new Argument<FileInfo>("file") { Description = "花名册 CSV 文件（列见 README；UTF-8 或 GB18030）" };
        var enterprise = new Option<Guid?>("--enterprise") { Description = "企业 ID（只登记了一家企业时可省略）" };
        var encoding = new Option<string>("--encoding") { Description = "auto（默认）、utf-8 或 gb18030", DefaultValueFactory = _ => "auto" };
        var report = new Option<FileInfo?>("--errors-out") { Description = "有错误时把错误清单写入此 CSV（默认：文件名.errors.csv）" };
        var import = new Command("import", "导入花名册（有任何错误则全部不导入）") { file, enterprise, encoding, report };
        import.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var path = p.GetValue(file)!;
            var enterpriseId = p.GetValue(enterprise) ?? await SoleEnterpriseAsync(cli, ct);
            var bytes = await File.ReadAllBytesAsync(path.FullName, ct);
            RosterImportResult result = null!;
            var importer = cli.Services.GetRequiredService<RosterImporter>();
            // A progress bar is for a person watching; piped, its redraws would only be noise in the file.
            if (cli.Console.IsPlain()) result = await importer.ImportAsync(enterpriseId, bytes, p.GetValue(encoding), "cli", null, ct);
            else await cli.Console.Progress().AutoClear(true).StartAsync(async progress =>
            {
                var task = progress.AddTask("导入花名册", maxValue: Math.Max(1, bytes.Count(b => b == (byte)'\n')));
                var reporter = new Progress<int>(rows => task.Value = rows);
                result = await importer.ImportAsync(enterpriseId, bytes, p.GetValue(encoding), "cli", reporter, ct);
            });
            if (result.Succeeded)
            {
                cli.Console.MarkupLineInterpolated($"导入完成：新增 {result.Summary!.Inserted} 人，更新 {result.Summary.Updated} 人，未变 {result.Summary.Unchanged} 人。");
                foreach (var n in result.Notices)
                    cli.Console.Profile.Out.Writer.WriteLine($"提示 {(n.Row == 0 ? "表头" : $"第{n.Row}行")} {n.Column} {n.Code} {n.Message}");
                return 0;
            }
            var table = new CliTable("行", "列", "代码", "说明");
            foreach (var e in result.Errors.Take(200)) table.AddRow(e.Row.ToString(), e.Column, e.Code, e.Message);
            cli.Console.WriteTable(table);
            var reportPath = p.GetValue(report)?.FullName ?? path.FullName + ".errors.csv";
            ImportErrorReport.WriteFile(result.Errors, reportPath);
            cli.Console.MarkupLineInterpolated($"[red]EVAL-ROSTER-REJECTED[/] 共 {result.Errors.Count} 处错误，未导入任何数据。错误清单：{reportPath}");
            return 1;
        }));
        command.Subcommands.Add(import);
        command.Subcommands.Add(List(cli));
        return command;
    }

    // ID and mobile numbers are never printed: the list is for finding people and their 工号, not their identity.
    private static Command List(CliServices cli)
    {
        var enterprise = new Option<Guid?>("--enterprise") { Description = "企业 ID（只登记了一家企业时可省略）" };
        var department = new Option<string?>("--department") { Description = "只列出该部门" };
        var command = new Command("list", "列出花名册中的职工（按工号；不显示身份证号和手机号）") { enterprise, department };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = p.GetValue(enterprise) ?? await SoleEnterpriseAsync(cli, ct);
            var only = p.GetValue(department);
            var employees = (await cli.Services.GetRequiredService<IEvalDbContext>().Employees.AsNoTracking()
                    .Where(e => e.EnterpriseId == enterpriseId && (only == null || e.Department == only)).ToListAsync(ct))
                .OrderBy(e => e.EmployeeNumber, StringComparer.Ordinal).ToList();
            var table = new CliTable("工号", "姓名", "部门", "职业（工种）", "技能等级", "取得等级日期");
            foreach (var e in employees)
                table.AddRow(e.EmployeeNumber, e.Name, e.Department, e.WorkType is null ? e.OccupationName : $"{e.OccupationName}（{e.WorkType}）",
                    e.SkillLevel.ChineseName(), e.SkillLevelObtainedOn is { } d ? ChinaTime.FormatDate(d) : "");
            cli.Console.WriteTable(table);
            cli.Console.Profile.Out.Writer.WriteLine($"共 {employees.Count} 人。");
        }));
        return command;
    }

    private static async Task<Guid> SoleEnterpriseAsync(CliServices cli, CancellationToken ct)
    {
        var all = await cli.Services.GetRequiredService<EnterpriseRegistry>().ListAsync(ct);
        return all.Count == 1
            ? all[0].Id
            : throw new Domain.Common.DomainException("EVAL-CLI-001", $"已登记 {all.Count} 家企业，请用 --enterprise 指定企业 ID（见 enterprise list）");
    }
}
