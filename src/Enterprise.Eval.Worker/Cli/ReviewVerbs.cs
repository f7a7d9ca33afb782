using System.CommandLine;
using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// <c>review minutes|list|score-sheet</c>: HR's printable review outputs for one cycle (CSV, UTF-8 with BOM). The
/// review itself is driven through the API by the HR platform on the committee members' behalf.
/// </summary>
internal static class ReviewVerbs
{
    public static Command Create(CliServices cli)
    {
        var command = new Command("review", "评审：会议记录、推荐名单、评分表");
        command.Subcommands.Add(Minutes(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(ScoreSheet(cli));
        return command;
    }

    private static Option<Guid> CycleOption() => new("--cycle") { Description = "评价周期 ID", Required = true };

    private static Option<FileInfo> OutOption(bool required) => new("--out") { Description = "输出 CSV 文件", Required = required };

    private static Command Minutes(CliServices cli)
    {
        var (cycle, output, enterprise) = (CycleOption(), OutOption(true), SchemeLifecycleVerbs.EnterpriseOption());
        var command = new Command("minutes", "导出评审会议记录（成员、环节、回避、表决结果）") { cycle, output, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            await WriteAsync(p.GetValue(output)!, s => cli.Services.GetRequiredService<ReviewReportService>()
                .WriteMinutesAsync(enterpriseId, p.GetValue(cycle), s, ct), ct);
            cli.Console.WriteLine($"已导出评审会议记录：{p.GetValue(output)!.FullName}");
        }));
        return command;
    }

    private static Command List(CliServices cli)
    {
        var (cycle, output, enterprise) = (CycleOption(), OutOption(false), SchemeLifecycleVerbs.EnterpriseOption());
        var command = new Command("list", "显示最近生成的拟推荐名单和候补名单（--out 另存为 CSV）") { cycle, output, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var stored = await cli.Services.GetRequiredService<ReviewRecommendationService>().ListAsync(enterpriseId, p.GetValue(cycle), ct);
            if (stored.ComputedAt is null)
            {
                cli.Console.WriteLine("EVAL-REVIEW-033 尚未生成推荐名单，请先通过接口计算推荐名单");
                return 1;
            }
            foreach (var (kind, title) in new[] { (ReviewListKind.Recommended, "拟推荐名单"), (ReviewListKind.Waiting, "候补名单") })
            {
                var table = new CliTable("序号", "姓名", "部门", "职业（工种）", "综合得分", "排名", "备注") { Title = title };
                foreach (var r in stored.Rows(kind))
                    table.AddRow(r.Position.ToString(), r.Name, r.Department, r.Occupation, r.CompositeScore.ToString("0.00"), r.Rank.ToString(), r.Remarks);
                cli.Console.WriteTable(table);
            }
            if (p.GetValue(output) is { } file)
                await WriteAsync(file, s => cli.Services.GetRequiredService<ReviewReportService>().WriteListsAsync(enterpriseId, p.GetValue(cycle), s, ct), ct);
            return 0;
        }));
        return command;
    }

    private static Command ScoreSheet(CliServices cli)
    {
        var (cycle, output, enterprise) = (CycleOption(), OutOption(true), SchemeLifecycleVerbs.EnterpriseOption());
        var candidate = new Option<Guid?>("--candidate") { Description = "申报人（申报）ID；省略则导出全部申报人" };
        var command = new Command("score-sheet", "导出申报人评分表（不含评委姓名）") { cycle, candidate, output, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            await WriteAsync(p.GetValue(output)!, s => cli.Services.GetRequiredService<ReviewReportService>()
                .WriteScoreSheetsAsync(enterpriseId, p.GetValue(cycle), p.GetValue(candidate), s, ct), ct);
            cli.Console.WriteLine($"已导出评分表：{p.GetValue(output)!.FullName}");
        }));
        return command;
    }

    // Written to memory first, so a refusal never leaves a half-written file behind.
    private static async Task WriteAsync(FileInfo file, Func<Stream, Task> write, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await write(buffer);
        await File.WriteAllBytesAsync(file.FullName, buffer.ToArray(), ct);
    }
}
