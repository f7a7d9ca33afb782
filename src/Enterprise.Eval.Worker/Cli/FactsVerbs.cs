using Enterprise.Eval.Application.Applications;
using System.CommandLine;
using System.Globalization;
using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Application.Screening;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// <c>facts import FILE</c>: HR's facts file stored for screening; <c>application attest</c>: HR's yes/no on one item;
/// <c>screen --scheme FILE</c>: the whole roster, with stored facts, through a scheme — who could apply this year.
/// </summary>
internal static class FactsVerbs
{
    /// <summary>The top-level verbs of this file: <c>facts</c> and <c>screen</c>.</summary>
    public static IEnumerable<Command> CreateAll(CliServices cli) => [Create(cli), Screen(cli), Bans(cli)];

    /// <summary>`bans import FILE`: the authority's list of bans and credit records (issue 19 point 5).</summary>
    public static Command Bans(CliServices cli)
    {
        var command = new Command("bans", "主管部门的禁止申报与诚信记录名单");
        var file = new Argument<FileInfo>("FILE") { Description = "名单 CSV：工号、类型（禁止申报/诚信记录）、开始日期、结束日期、原因、认定机关（可选）" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var encoding = new Option<string>("--encoding") { Description = "auto（默认）、utf-8 或 gb18030", DefaultValueFactory = _ => "auto" };
        var import = new Command("import", "导入名单：禁止申报记录对每份申报和评审委员会席位生效，诚信记录只供查看（有任何错误则全部不导入）") { file, enterprise, encoding };
        import.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var path = p.GetValue(file)!;
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var result = await cli.Services.GetRequiredService<MisconductRecordImport>()
                .ImportAsync(enterpriseId, await File.ReadAllBytesAsync(path.FullName, ct), p.GetValue(encoding), "cli", ct);
            if (result.IsValid)
            {
                cli.Console.MarkupLineInterpolated($"导入完成：新增 {result.Added} 条记录，{result.AlreadyRecorded} 条已在册。");
                return 0;
            }
            var table = new CliTable("行", "列", "代码", "说明");
            foreach (var e in result.Errors.Take(200)) table.AddRow(e.Row.ToString(CultureInfo.InvariantCulture), e.Column, e.Code, e.Message);
            cli.Console.WriteTable(table);
            cli.Console.MarkupLineInterpolated($"[red]EVAL-BAN-REJECTED[/] 共 {result.Errors.Count} 处错误，未导入任何记录。");
            return 1;
        }));
        command.Subcommands.Add(import);
        return command;
    }

    public static Command Create(CliServices cli)
    {
        var command = new Command("facts", "人事事实（考核、继续教育、荣誉、竞赛、奖项、专利、论文…）");
        var file = new Argument<FileInfo>("FILE") { Description = "事实 CSV 文件（列见 README“The facts file”；UTF-8 或 GB18030）" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var encoding = new Option<string>("--encoding") { Description = "auto（默认）、utf-8 或 gb18030", DefaultValueFactory = _ => "auto" };
        var import = new Command("import", "导入事实文件：文件中出现的职工，其文件所含类别的记录整体替换（有任何错误则全部不导入）") { file, enterprise, encoding };
        import.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var path = p.GetValue(file)!;
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var bytes = await File.ReadAllBytesAsync(path.FullName, ct);
            var result = await cli.Services.GetRequiredService<FactsService>().ImportAsync(enterpriseId, bytes, p.GetValue(encoding), "cli", ct);
            if (result.IsValid)
            {
                cli.Console.MarkupLineInterpolated($"导入完成：{result.Employees} 名职工的事实记录已保存（替换原有 {result.Replaced} 类）。");
                if (result.Notices.Count > 0)
                {
                    // Stored, but an honour the vocabulary cannot place counts for no family rule: HR should see which rows.
                    var notices = new CliTable("行", "列", "代码", "说明");
                    foreach (var n in result.Notices.Take(200)) notices.AddRow(n.Row.ToString(CultureInfo.InvariantCulture), n.Column, n.Code, n.Message);
                    cli.Console.WriteTable(notices);
                    cli.Console.MarkupLineInterpolated($"[yellow]提示[/] 共 {result.Notices.Count} 条荣誉记录需核对（已导入）。");
                }
                return 0;
            }
            var table = new CliTable("行", "列", "代码", "说明");
            foreach (var e in result.Errors.Take(200)) table.AddRow(e.Row.ToString(CultureInfo.InvariantCulture), e.Column, e.Code, e.Message);
            cli.Console.WriteTable(table);
            var reportPath = path.FullName + ".errors.csv";
            ImportErrorReport.WriteFile(result.Errors, reportPath);
            cli.Console.MarkupLineInterpolated($"[red]EVAL-FACTS-REJECTED[/] 共 {result.Errors.Count} 处错误，未导入任何数据。错误清单：{reportPath}");
            return 1;
        }));
        command.Subcommands.Add(import);
        return command;
    }

    /// <summary><c>application attest</c>, added to the <c>application</c> command.</summary>
    public static Command Attest(CliServices cli)
    {
        var cycle = new Option<Guid>("--cycle") { Description = "评价周期 ID", Required = true };
        var application = new Option<Guid>("--application") { Description = "申报 ID", Required = true };
        var item = new Option<string>("--item") { Description = "确认事项代码（方案中 attested 条件的 item 或条件代码）", Required = true };
        var yes = new Option<bool>("--yes") { Description = "确认符合" };
        var no = new Option<bool>("--no") { Description = "确认不符合" };
        var reason = new Option<string>("--reason") { Description = "理由（将写入资格审查说明）", Required = true };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("attest", "人事部门确认一项（符合/不符合及理由），申报随即重新初审") { cycle, application, item, yes, no, reason, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            if (p.GetValue(yes) == p.GetValue(no))
            {
                cli.Console.MarkupLine("[red]EVAL-ATTEST-005[/] 请在 --yes 与 --no 中选且只选一个");
                return 1;
            }
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var result = await cli.Services.GetRequiredService<AttestationService>().RecordAsync(
                enterpriseId, p.GetValue(cycle), p.GetValue(application), p.GetValue(item), p.GetValue(yes), p.GetValue(reason), "cli", ct);
            cli.Console.MarkupLineInterpolated($"已记录：{result.Attestation.Item} {(result.Attestation.Confirmed ? "符合" : "不符合")}。");
            cli.Console.MarkupLineInterpolated($"重新初审：{result.Verdict.Kind.ChineseName()}。{result.Verdict.Summary}");
            return 0;
        }));
        return command;
    }

    public static Command Screen(CliServices cli)
    {
        var scheme = new Option<FileInfo>("--scheme") { Description = "方案 YAML 文件", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "计算基准日 yyyy-MM-dd（默认：方案的固定基准日，否则今天）" };
        var output = new Option<FileInfo?>("--out") { Description = "写入 CSV（UTF-8 带 BOM）而不是在终端显示表格" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("screen", "按方案对花名册全体职工（含已导入的人事事实）做资格初审：今年谁可以申报") { scheme, asOf, output, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var path = p.GetValue(scheme)!;
            var parsed = SchemeFileParser.Parse(await File.ReadAllTextAsync(path.FullName, ct), path.ToString());
            if (!parsed.IsValid)
            {
                foreach (var error in parsed.Errors) cli.Console.Profile.Out.Writer.WriteLine(error.ToString());
                cli.Console.MarkupLineInterpolated($"[red]EVAL-SCREEN-001[/] 方案有 {parsed.Errors.Count} 处错误，未审查");
                return 1;
            }
            var day = ChinaTime.DateOf(cli.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            if (p.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    cli.Console.MarkupLineInterpolated($"[red]EVAL-SCREEN-002[/] 基准日“{text}”无效，应写作 2026-06-12");
                    return 1;
                }
            }
            var reference = parsed.Scheme!.ReferenceDate.Resolve(day);
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var applicants = await cli.Services.GetRequiredService<RosterApplicants>().LoadAsync(enterpriseId, ct);
            var rows = cli.Services.GetRequiredService<ScreeningService>().ScreenEach(parsed.Scheme, applicants, reference);
            var tally = new Dictionary<VerdictKind, int>();
            IEnumerable<ScreeningRow> Counted() { foreach (var r in rows) { tally[r.Kind] = tally.GetValueOrDefault(r.Kind) + 1; yield return r; } }

            if (p.GetValue(output) is { } csv)
            {
                cli.Services.GetRequiredService<ScreeningCsvWriter>().WriteFile(Counted(), csv.FullName);
                cli.Console.MarkupLineInterpolated($"已写入 {csv.FullName}");
            }
            else
            {
                var table = new CliTable("工号", "姓名", "结论", "申报途径", "待确认", "缺少信息", "不符合原因");
                foreach (var r in Counted())
                {
                    var v = r.Verdict;
                    table.AddRow(r.EmployeeNumber, r.Name, v.Kind.ChineseName(), v.Route?.Name, string.Join("；", v.PendingAttestationNames),
                        string.Join("；", v.MissingFacts), string.Join("；", v.FailingReasons));
                }
                cli.Console.WriteTable(table);
            }
            var summary = string.Join("，", tally.OrderBy(t => t.Key).Select(t => $"{t.Key.ChineseName()} {t.Value} 人"));
            cli.Console.MarkupLineInterpolated($"{parsed.Scheme.Title}，基准日 {ChinaTime.FormatDate(reference)}，共 {applicants.Count} 人：{summary}");
            return 0;
        }));
        return command;
    }
}
