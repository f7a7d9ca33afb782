using System.CommandLine;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`cert …` verbs. `cert check NUMBER` needs no database or configuration, so it never composes services.</summary>
internal static class CertificateVerbs
{
    public const int InvalidNumberExitCode = 1;

    public static Command Create(CliServices cli)
    {
        var cert = new Command("cert", "职业技能等级证书");
        cert.Subcommands.Add(CheckCommand(cli));
        cert.Subcommands.Add(ListCommand(cli));
        cert.Subcommands.Add(ShowCommand(cli));
        cert.Subcommands.Add(RevokeCommand(cli));
        cert.Subcommands.Add(IssueCommand(cli));
        return cert;
    }

    /// <summary>--enterprise, optional when only one enterprise is registered.</summary>
    internal static Option<Guid?> EnterpriseOption() => new("--enterprise") { Description = "企业 ID（只登记了一家企业时可省略）" };

    internal static async Task<Guid> EnterpriseAsync(CliServices cli, Guid? given, CancellationToken ct)
    {
        if (given is { } id) return id;
        var all = await cli.Services.GetRequiredService<EnterpriseRegistry>().ListAsync(ct);
        return all.Count == 1
            ? all[0].Id
            : throw new DomainException("EVAL-CLI-001", $"已登记 {all.Count} 家企业，请用 --enterprise 指定企业 ID（见 enterprise list）");
    }

    private static Command CheckCommand(CliServices cli)
    {
        var number = new Argument<string>("number") { Description = "22位职业技能等级证书编号，如 Y00003212345626T000001" };
        var check = new Command("check", "核验证书编号：逐段说明含义，或指出具体错误") { number };
        check.SetAction(parseResult => Check(cli.Console, parseResult.GetValue(number)));
        return check;
    }

    private static Command ListCommand(CliServices cli)
    {
        var enterprise = EnterpriseOption();
        var cycle = new Option<Guid?>("--cycle") { Description = "只列出该评价周期的证书" };
        var list = new Command("list", "列出本企业已发证书（按证书编号）") { enterprise, cycle };
        list.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var cycleId = p.GetValue(cycle);
            var db = cli.Services.GetRequiredService<IEvalDbContext>();
            var certificates = (await db.Certificates.AsNoTracking()
                    .Where(c => c.EnterpriseId == enterpriseId && (cycleId == null || c.CycleId == cycleId)).ToListAsync(ct))
                .OrderBy(c => c.Number.Value, StringComparer.Ordinal).ToList();
            var table = new CliTable("证书编号", "姓名", "职业（工种）", "等级", "发证日期", "状态");
            foreach (var c in certificates)
                table.AddRow(c.Number.Value, c.HolderName, c.WorkType is null ? c.OccupationName : $"{c.OccupationName}（{c.WorkType}）",
                    CertificateView.Of(c).Level, ChinaTime.FormatDate(c.IssueDate), c.IsRevoked ? "已撤销" : "有效");
            cli.Console.WriteTable(table);
            cli.Console.WriteLine($"共 {certificates.Count} 张，其中已撤销 {certificates.Count(c => c.IsRevoked)} 张。");
        }));
        return list;
    }

    private static Command ShowCommand(CliServices cli)
    {
        var enterprise = EnterpriseOption();
        var number = new Argument<string>("number") { Description = "证书编号" };
        var show = new Command("show", "显示一张证书") { number, enterprise };
        show.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var text = (p.GetValue(number) ?? "").Trim();
            var db = cli.Services.GetRequiredService<IEvalDbContext>();
            var parsed = CertificateNumber.Parse(text);
            var certificate = parsed.Number is null ? null
                : await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.EnterpriseId == enterpriseId && c.Number == parsed.Number, ct);
            if (certificate is null) throw new NotFoundException("证书", text);
            var view = CertificateView.Of(certificate);
            var grid = new List<(string, string?)>();
            void Row(string label, string? value) => grid.Add((label, value));
            Row("证书编号", view.Number);
            Row("姓名", view.HolderName);
            Row("职业", $"{view.OccupationCode} {view.OccupationName}");
            Row("工种", view.WorkType);
            Row("等级", view.Level);
            Row("发证日期", ChinaTime.FormatDate(view.IssueDate));
            Row("评价周期", view.CycleId?.ToString());
            foreach (var s in view.StageScores) Row(s.Stage, s.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
            Row("状态", view.Revoked ? $"已撤销（{ChinaTime.FormatInstant(view.RevokedAt!.Value)}，原因：{view.RevocationReason}）" : "有效");
            cli.Console.WritePairs(grid);
        }));
        return show;
    }

    private static Command RevokeCommand(CliServices cli)
    {
        var enterprise = EnterpriseOption();
        var number = new Argument<string>("number") { Description = "证书编号" };
        var reason = new Option<string>("--reason") { Description = "撤销原因（如 弄虚作假：业绩材料不实）", Required = true };
        var revoke = new Command("revoke", "撤销证书（编号保留，不再使用）") { number, reason, enterprise };
        revoke.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var certificate = await cli.Services.GetRequiredService<CertificateIssuer>()
                .RevokeAsync(enterpriseId, p.GetValue(number)!, p.GetValue(reason)!, "cli", ct);
            cli.Console.MarkupLineInterpolated($"证书 {certificate.Number.Value} 已撤销，原因：{certificate.RevocationReason}。编号保留，不会再发给他人。");
        }));
        return revoke;
    }

    private static Command IssueCommand(CliServices cli)
    {
        var enterprise = EnterpriseOption();
        var cycle = new Option<Guid>("--cycle") { Description = "评价周期 ID", Required = true };
        var from = new Option<FileInfo>("--from") { Description = "发证名单 CSV（UTF-8；列：工号,职业编码,职业名称,工种,等级,发证日期,[各环节成绩…]）", Required = true };
        var chunk = new Option<int>("--chunk")
        {
            Description = "每个事务发证人数（默认 50）：大名单分批提交，以免长时间占用流水号计数器",
            DefaultValueFactory = _ => 50,
        };
        var issue = new Command("issue", "按名单发证：逐人分配连续流水号；已持有同周期同等级证书者跳过") { cycle, from, chunk, enterprise };
        issue.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var file = p.GetValue(from)!;
            var size = p.GetValue(chunk);
            if (size < 1) throw new DomainException(CertificateIssueErrors.CandidateFileInvalid, "--chunk 至少为 1");
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var cycleId = p.GetValue(cycle);
            var lines = CandidateFile.Read(await File.ReadAllTextAsync(file.FullName, ct));
            var db = cli.Services.GetRequiredService<IEvalDbContext>();
            var numbers = lines.Select(l => l.EmployeeNumber).Distinct().ToList();
            var ids = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId && numbers.Contains(e.EmployeeNumber))
                .ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, ct);
            var unknown = lines.Where(l => !ids.ContainsKey(l.EmployeeNumber)).Select(l => $"第{l.Row}行工号{l.EmployeeNumber}").ToList();
            if (unknown.Count > 0)
                throw new DomainException(CertificateIssueErrors.EmployeeNotOnRoster, $"以下人员不在本企业花名册中：{string.Join("、", unknown.Take(20))}");
            var candidates = lines.Select(l => new IssueCandidate(enterpriseId, cycleId, ids[l.EmployeeNumber], l.OccupationCode,
                l.OccupationName, l.WorkType, l.Level, l.IssueDate, l.StageScores)).ToList();
            var issuer = cli.Services.GetRequiredService<CertificateIssuer>();
            int issued = 0, held = 0;
            foreach (var part in candidates.Chunk(size))
            {
                var outcome = await issuer.IssueAsync(part, "cli", ct);
                issued += outcome.Issued.Count;
                held += outcome.AlreadyHeld.Count;
            }
            cli.Console.MarkupLineInterpolated($"发证完成：新发 {issued} 张，已持有而跳过 {held} 人。");
        }));
        return issue;
    }

    internal static int Check(IAnsiConsole console, string? text)
    {
        var result = CertificateNumber.Parse(text);
        if (result.Number is null)
        {
            console.MarkupLine($"[red]证书编号“{Markup.Escape(text ?? "")}”无效：[/]");
            foreach (var problem in result.Problems)
                console.MarkupLine($"  [red]{Markup.Escape(problem.Code)}[/] {Markup.Escape(problem.Message)}");
            return InvalidNumberExitCode;
        }

        console.MarkupLine($"[green]证书编号 {Markup.Escape(result.Number.Value)} 格式有效[/]");
        var table = new CliTable("位置", "项目", "值", "含义");
        foreach (var part in result.Number.Explain()) table.AddRow(part.Positions, part.Label, part.Text, part.Meaning);
        console.WriteTable(table);
        console.WriteLine("说明：本命令只核验编号格式，不查询证书是否真实颁发或已撤销。");
        return 0;
    }
}
