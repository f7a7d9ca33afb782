using System.CommandLine;
using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Plugins.Abstractions;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`export …`: the loaded adapters, writing a cycle's file (certificates, recommended list or applicants), and recording the authority's answer.</summary>
internal static class ExportVerbs
{
    public static Command Create(CliServices cli)
    {
        var export = new Command("export", "向主管部门报送的证书数据文件");
        export.Subcommands.Add(AdaptersCommand(cli));
        export.Subcommands.Add(RunCommand(cli));
        export.Subcommands.Add(AnswerCommand(cli));
        return export;
    }

    private static Command AdaptersCommand(CliServices cli)
    {
        var adapters = new Command("adapters", "列出已加载的导出格式，以及加载失败的插件");
        adapters.SetAction(async (_, _) => await Verb.RunAsync(cli, () =>
        {
            var catalog = cli.Services.GetRequiredService<ExportAdapterCatalog>();
            var table = new CliTable("名称", "说明", "报送对象", "填报项（--field）", "插件包", "默认编码");
            foreach (var a in catalog.Adapters)
                table.AddRow(a.Name, a.Adapter.DisplayName, ExportSubjectNames.Of(ExportRowSource.SubjectOf(a.Adapter)),
                    string.Join(" ", ExportRowSource.EnteredFields(a.Adapter).Select(f => f.Name)), a.PackName,
                    a.Adapter.DefaultFormat.Encoding == ExportEncoding.Gb18030 ? "GB18030" : "UTF-8（带BOM）");
            cli.Console.WriteTable(table);
            cli.Console.WriteLine($"插件目录：{catalog.Folder}；已加载 {catalog.Adapters.Count} 种格式。");
            if (catalog.Failures.Count > 0)
            {
                cli.Console.MarkupLineInterpolated($"[yellow]加载失败 {catalog.Failures.Count} 项：[/]");
                foreach (var f in catalog.Failures) cli.Console.MarkupLineInterpolated($"  [yellow]{f.Code}[/] {f.Source}：{f.Reason}");
            }
            return Task.CompletedTask;
        }));
        return adapters;
    }

    private static Command RunCommand(CliServices cli)
    {
        var enterprise = CertificateVerbs.EnterpriseOption();
        var cycle = new Option<Guid>("--cycle") { Description = "评价周期 ID", Required = true };
        var adapter = new Option<string>("--adapter") { Description = "导出格式名称（见 export adapters）", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "输出文件", Required = true };
        var utf8 = new Option<bool>("--utf8-bom") { Description = "用带BOM的UTF-8代替格式默认编码（政府模板默认GB18030）" };
        var fields = new Option<string[]>("--field")
        {
            Description = "填报人填写的项目，名称=值，可重复，如 --field enterprise-headcount=850（格式需要时）",
            AllowMultipleArgumentsPerToken = false,
        };
        var run = new Command("run", "导出评价周期的报送文件（有效证书、拟推荐名单或通过审核的申报人，视格式而定），并登记导出批次")
        {
            cycle, adapter, output, utf8, fields, enterprise,
        };
        run.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var name = p.GetValue(adapter)!;
            var found = cli.Services.GetRequiredService<ExportAdapterCatalog>().Find(name)
                ?? throw new DomainException(CertificateIssueErrors.UnknownAdapter, $"没有名为“{name}”的导出格式（见 export adapters）");
            var enterpriseId = await CertificateVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var target = p.GetValue(output)!;
            var format = p.GetValue(utf8) ? found.DefaultFormat with { Encoding = ExportEncoding.Utf8WithBom } : null;
            var temporary = target.FullName + ".part";
            ExportOutcome outcome;
            try
            {
                await using (var file = File.Create(temporary))
                    outcome = await cli.Services.GetRequiredService<CycleExporter>()
                        .ExportAsync(enterpriseId, p.GetValue(cycle), found, format, ParseFields(p.GetValue(fields) ?? []), file, "cli", ct);
                File.Move(temporary, target.FullName, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
            var b = outcome.Batch;
            cli.Console.MarkupLineInterpolated($"已导出 {b.RowCount} 行到 {target.FullName}");
            cli.Console.MarkupLineInterpolated($"批次 {b.Id}（{(outcome.Repeated ? "与已登记批次内容相同" : "新登记")}），SHA-256 {b.Sha256}");
        }));
        return run;
    }

    private static Command AnswerCommand(CliServices cli)
    {
        var enterprise = CertificateVerbs.EnterpriseOption();
        var batch = new Argument<Guid>("batch") { Description = "导出批次 ID" };
        var accepted = new Option<bool>("--accepted") { Description = "省级部门已接收" };
        var rejected = new Option<string?>("--rejected-rows") { Description = "被退回的数据行号，逗号分隔，如 3,7" };
        var reason = new Option<string?>("--reason") { Description = "退回原因" };
        var answer = new Command("answer", "登记省级部门对导出批次的答复") { batch, accepted, rejected, reason, enterprise };
        answer.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var isAccepted = p.GetValue(accepted);
            var rowsText = p.GetValue(rejected);
            if (isAccepted == (rowsText is not null))
                throw new DomainException("EVAL-CLI-002", "请二选一：--accepted，或 --rejected-rows 行号 --reason 原因");
            var rows = rowsText is null ? null : ParseRows(rowsText);
            var enterpriseId = await CertificateVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var outcome = await cli.Services.GetRequiredService<CycleExporter>()
                .AnswerAsync(enterpriseId, p.GetValue(batch), isAccepted, rows, p.GetValue(reason), "cli", ct);
            cli.Console.MarkupLineInterpolated($"批次 {outcome.Batch.Id} 已登记为{(isAccepted ? "已接收" : $"退回（第{outcome.Batch.RejectedRows}行）")}。");
            if (outcome.AllAccepted) cli.Console.WriteLine("该评价周期的全部导出批次均已被接收，可转入“已报送”。");
        }));
        return answer;
    }

    internal static IReadOnlyDictionary<string, string> ParseFields(IEnumerable<string> pairs)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
                throw new DomainException(CertificateIssueErrors.FieldNotEntered, $"填写项“{pair}”应写作 名称=值，如 enterprise-headcount=850");
            fields[pair[..at].Trim()] = pair[(at + 1)..];
        }
        return fields;
    }

    internal static IReadOnlyList<int> ParseRows(string text)
    {
        var rows = new List<int>();
        foreach (var part in text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
            rows.Add(int.TryParse(part, out var row) ? row
                : throw new DomainException(CertificateIssueErrors.RejectedRowOutOfRange, $"行号“{part}”不是整数"));
        return rows;
    }
}
