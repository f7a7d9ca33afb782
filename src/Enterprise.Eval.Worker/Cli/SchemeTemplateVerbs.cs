using System.CommandLine;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// `scheme templates` and `scheme new --template ID --out FILE`: the scheme templates the regional packs ship, read
/// from the packs loaded at run time (a new pack's templates appear without rebuilding the host).
/// </summary>
internal static class SchemeTemplateVerbs
{
    public static IEnumerable<Command> Create(CliServices cli)
    {
        var list = new Command("templates", "列出各地区插件包提供的方案模板");
        list.SetAction(_ =>
        {
            var table = new CliTable("模板ID", "名称", "地区", "等级", "需报审", "插件包");
            foreach (var (template, text) in Load(cli))
            {
                var parsed = SchemeFileParser.Parse(text, template.FileName);
                if (parsed.Scheme is { } s)
                    table.AddRow(s.Id, s.Title, s.Region, s.TargetLevel.ChineseName(), s.AssessmentRequired ? "是" : "否", template.PackName);
                else
                    table.AddRow(template.FileName, $"模板有{parsed.Errors.Count}处错误", "", "", "", template.PackName);
            }
            cli.Console.WriteTable(table);
            return 0;
        });

        var id = new Option<string>("--template") { Description = "模板ID（见 scheme templates）", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "写出的方案文件", Required = true };
        var create = new Command("new", "从模板生成一份方案文件供编辑") { id, output };
        create.SetAction(p =>
        {
            var wanted = p.GetValue(id)!;
            foreach (var (template, text) in Load(cli))
            {
                if (SchemeFileParser.Parse(text, template.FileName).Scheme?.Id != wanted) continue;
                var file = p.GetValue(output)!;
                if (file.Exists)
                {
                    cli.Console.MarkupLineInterpolated($"[red]EVAL-SCHEME-030[/] 文件已存在，不会覆盖：{file.FullName}");
                    return 1;
                }
                File.WriteAllText(file.FullName, text);
                cli.Console.MarkupLineInterpolated($"已写出模板 {wanted} 到 {file.FullName}；编辑后用 scheme check 检查。");
                return 0;
            }
            cli.Console.MarkupLineInterpolated($"[red]EVAL-SCHEME-031[/] 没有ID为“{wanted}”的模板，可用的模板见 scheme templates");
            return 1;
        });
        return [list, create];
    }

    private static IEnumerable<(SchemeTemplateResource Template, string Text)> Load(CliServices cli)
    {
        foreach (var template in cli.Services.GetRequiredService<ExportAdapterCatalog>().Templates.OrderBy(t => t.PackName).ThenBy(t => t.FileName))
        {
            using var reader = new StreamReader(template.Open());
            yield return (template, reader.ReadToEnd());
        }
    }
}
