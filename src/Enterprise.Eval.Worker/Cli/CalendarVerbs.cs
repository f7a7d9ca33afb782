using System.CommandLine;
using System.Globalization;
using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// The verbs are internal by convention; the integration tests drive them through a parsed command line.

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// <c>calendar is-workday DATE</c>, <c>calendar add-workdays --from DATE --days N</c> and
/// <c>calendar publicity --start DATE --days N [--started-at HH:mm] [--count-start-day]</c>, on the national
/// calendar (embedded years plus Calendar:ExtraFiles). Output is one plain line, unwrapped, so scripts can read it.
/// </summary>
internal static class CalendarVerbs
{
    public const int ExitOk = 0;
    public const int ExitInvalid = 2;

    public static Command Create(CliServices cli)
    {
        var calendar = new Command("calendar", "工作日日历：查询工作日、推算工作日、计算公示期");
        calendar.Subcommands.Add(IsWorkday(cli));
        calendar.Subcommands.Add(AddWorkdays(cli));
        calendar.Subcommands.Add(Publicity(cli));
        return calendar;
    }

    private static Command IsWorkday(CliServices cli)
    {
        var date = new Argument<string>("DATE") { Description = "日期，yyyy-MM-dd" };
        var command = new Command("is-workday", "判断某日（中国日期）是否为工作日");
        command.Arguments.Add(date);
        command.SetAction(parse => Run(cli, () =>
        {
            var day = ParseDate(parse.GetValue(date), "DATE");
            var table = cli.Services.GetRequiredService<HolidayTable>();
            var isWorkday = cli.Services.GetRequiredService<IWorkdayCalendar>().IsWorkday(day);
            var entry = table.DayOf(day);
            var why = entry is null ? "" : isWorkday ? $"（{entry.Name}调休上班）" : $"（{entry.Name}）";
            return $"{ChinaTime.FormatDate(day)}{(isWorkday ? "是" : "不是")}工作日{why}";
        }));
        return command;
    }

    private static Command AddWorkdays(CliServices cli)
    {
        var from = new Option<string>("--from") { Description = "起始日期，yyyy-MM-dd（不计入）" };
        var days = new Option<string>("--days") { Description = "工作日数，可为负数" };
        var command = new Command("add-workdays", "推算起始日期之后第 N 个工作日");
        command.Options.Add(from);
        command.Options.Add(days);
        command.SetAction(parse => Run(cli, () =>
        {
            var start = ParseDate(parse.GetValue(from), "--from");
            var count = ParseDays(parse.GetValue(days), allowNonPositive: true);
            var result = cli.Services.GetRequiredService<IWorkdayCalendar>().AddWorkdays(start, count);
            var direction = count < 0 ? "之前" : "之后";
            return $"{ChinaTime.FormatDate(start)}{direction}第{Math.Abs(count)}个工作日：{ChinaTime.FormatDate(result)}";
        }));
        return command;
    }

    private static Command Publicity(CliServices cli)
    {
        var start = new Option<string>("--start") { Description = "公示开始日期，yyyy-MM-dd" };
        var days = new Option<string>("--days") { Description = "公示工作日数，例如 5" };
        var startedAt = new Option<string>("--started-at") { Description = "公示开始时刻 HH:mm（中国时间），默认 00:00" };
        var countStartDay = new Option<bool>("--count-start-day") { Description = "当日中途开始公示时也计入当天（按方案规定）" };
        var command = new Command("publicity", "计算公示期的起止日期");
        command.Options.Add(start);
        command.Options.Add(days);
        command.Options.Add(startedAt);
        command.Options.Add(countStartDay);
        command.SetAction(parse => Run(cli, () =>
        {
            var date = ParseDate(parse.GetValue(start), "--start");
            var count = ParseDays(parse.GetValue(days), allowNonPositive: false);
            var time = ParseTime(parse.GetValue(startedAt));
            var period = PublicityPeriod.Plan(
                cli.Services.GetRequiredService<IWorkdayCalendar>(), ChinaTime.At(date, time), count,
                parse.GetValue(countStartDay));
            return period.ChineseText;
        }));
        return command;
    }

    private static int Run(CliServices cli, Func<string> verb)
    {
        var output = cli.Console.Profile.Out.Writer;
        try
        {
            output.WriteLine(verb());
            return ExitOk;
        }
        catch (DomainException ex)
        {
            output.WriteLine($"错误 {ex.Code}：{ex.Message}");
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
                output.WriteLine($"配置错误 {failure}");
        }

        return ExitInvalid;
    }

    private static DateOnly ParseDate(string? value, string name) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException("EVAL-CAL-010",
                value is null
                    ? $"缺少 {name}。请给出日期，格式 yyyy-MM-dd，例如 2026-03-02。"
                    : $"{name} 的值“{value}”不是有效日期。请使用 yyyy-MM-dd 格式，例如 2026-03-02。");

    private static int ParseDays(string? value, bool allowNonPositive)
    {
        if (!int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days)
            || Math.Abs(days) > 3660)
            throw new DomainException("EVAL-CAL-011",
                value is null ? "缺少 --days。请给出工作日数，例如 --days 5。" : $"--days 的值“{value}”不是有效的工作日数。请给出整数，例如 5。");
        if (!allowNonPositive && days < 1)
            throw new DomainException("EVAL-CAL-011", $"--days 的值“{value}”无效：公示期至少为1个工作日。");
        return days;
    }

    private static TimeOnly ParseTime(string? value) =>
        value is null ? TimeOnly.MinValue
        : TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new DomainException("EVAL-CAL-012", $"--started-at 的值“{value}”不是有效时刻。请使用 HH:mm 格式（中国时间），例如 09:30。");
}
