using System.CommandLine;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`scheme check FILE`: validates a scheme file and prints every error as 文件:行:列 代码 消息.</summary>
internal static class SchemeVerbs
{
    public static Command Create(CliServices cli)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "方案文件（YAML 或 JSON，UTF-8）" };
        var check = new Command("check", "检查方案文件，列出全部错误（行、列、代码、说明）");
        check.Arguments.Add(file);
        check.SetAction(parseResult => Check(cli.Console, parseResult.GetValue(file)!,
            ChinaTime.DateOf(cli.Services.GetRequiredService<TimeProvider>().GetUtcNow()).Year));

        var scheme = new Command("scheme", "工作方案：模板、检查、上传、报审、批准、公布");
        scheme.Subcommands.Add(check);
        return scheme;
    }

    /// <summary>Code of the warning that a valid scheme is for a year already past (a cycle can only be created for the scheme's year).</summary>
    public const string PastYearWarning = "EVAL-SCHEME-040";

    /// <param name="currentYear">This year by the product's clock (China time).</param>
    internal static int Check(IAnsiConsole console, FileInfo file, int currentYear)
    {
        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Line(console, new SchemeError(file.ToString(), 0, 0, SchemeErrorCodes.FileNotReadable, $"无法读取方案文件：{e.Message}").ToString());
            return 1;
        }

        var result = SchemeFileParser.Parse(text, file.ToString());
        if (!result.IsValid)
        {
            foreach (var error in result.Errors) Line(console, error.ToString());
            Line(console, $"共{result.Errors.Count}处错误");
            return 1;
        }

        var s = result.Scheme!;
        var rules = s.Eligibility;
        Line(console, $"方案有效：{s.Title}（{s.Id}，{s.Year}年度，{s.TargetLevel.ChineseName()}）");
        Line(console, $"条件{rules.Conditions.Count}项，申报途径{rules.Routes.Count}条，优先条件{rules.PriorityMarkers.Count}项，评审环节{s.ReviewStages.Count}个");
        // Issue 19 points 2 and 4: which publicity the cycle holds and who issues the certificate, as the scheme says.
        Line(console, "公示：" + (s.Timetable.Publicity switch
        {
            Domain.Cycles.PublicityKind.None => "不设公示（评审结束即确定结果）",
            Domain.Cycles.PublicityKind.UnitBeforeRecommendation => $"单位推荐前公示，不少于{s.Timetable.MinimumPublicityWorkdays}个工作日",
            _ => $"评审后公示建议人选名单，不少于{s.Timetable.MinimumPublicityWorkdays}个工作日",
        }));
        Line(console, "证书：" + (s.Certificate.IsAuthority
            ? $"由{s.Certificate.Authority}颁发《{s.Certificate.CertificateTitle}》：确定结果后报送{s.Certificate.SubmitTarget}，登记{s.Certificate.DecisionName}的结果及其证书编号（本系统不编号）"
            : "由企业颁发职业技能等级证书（本系统按规则编号）"));
        if (s.Year < currentYear)
            Line(console, $"{PastYearWarning} 警告：方案年度为{s.Year}年，早于本年度（{currentYear}年）。评价周期只能按方案年度创建：" +
                $"如用于{currentYear}年度，请把 year 改为 {currentYear}（或用 scheme new --year {currentYear} 重新生成）后再上传。");
        if (result.Readings.Count > 0)
        {
            // Stated so the boundary is never guessed: 以上 includes the number, 超过 excludes it (Civil Code art. 1259).
            Line(console, "表决与通过门槛的读法（以上、不少于含本数；超过、不满不含本数）：");
            foreach (var r in result.Readings) Line(console, $"  第{r.Line}行 {r.Field}：{r.Reading}");
        }
        return 0;
    }

    // One error per line, never wrapped at the terminal width: editors and scripts parse 文件:行:列.
    private static void Line(IAnsiConsole console, string text) => console.Profile.Out.Writer.WriteLine(text);
}
