using System.CommandLine;
using System.Text.RegularExpressions;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// `scheme templates` and `scheme new --template ID --out FILE`: the scheme templates the regional packs ship, read
/// from the packs loaded at run time (a new pack's templates appear without rebuilding the host).
/// </summary>
internal static partial class SchemeTemplateVerbs
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
        var year = new Option<int?>("--year") { Description = "方案年度（默认：按系统时钟的本年度，中国时间）" };
        var create = new Command("new", "从模板生成一份方案文件供编辑，年度改为 --year") { id, output, year };
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
                // The template's year is the year of its policy document; a cycle can only be created for the scheme's own year.
                var schemeYear = p.GetValue(year) ?? ChinaTime.DateOf(cli.Services.GetRequiredService<TimeProvider>().GetUtcNow()).Year;
                File.WriteAllText(file.FullName, ForYear(text, schemeYear));
                cli.Console.Profile.Out.Writer.WriteLine($"已写出模板 {wanted}（{schemeYear}年度）到 {file.FullName}；编辑后用 scheme check 检查。");
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

    /// <summary>
    /// The template as a scheme of <paramref name="schemeYear"/>: its year, and the dates of its yearly timetable that
    /// are written against the policy's own year (assessmentDeadline) moved by as many years.
    /// </summary>
    internal static string ForYear(string template, int schemeYear)
    {
        var templateYear = TopLevelYear().Match(template) is { Success: true } m ? int.Parse(m.Value.AsSpan(5).Trim(), System.Globalization.CultureInfo.InvariantCulture) : schemeYear;
        var text = TopLevelYear().Replace(template, $"year: {schemeYear}", 1);
        return AssessmentDeadline().Replace(text, d =>
            $"{d.Groups["key"].Value}{int.Parse(d.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) + schemeYear - templateYear:D4}-", 1);
    }

    [GeneratedRegex(@"^(?<key>assessmentDeadline:[ \t]*)(?<year>\d{4})-", RegexOptions.Multiline)]
    private static partial Regex AssessmentDeadline();

    [GeneratedRegex(@"^year:[ \t]*\d+[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TopLevelYear();
}
