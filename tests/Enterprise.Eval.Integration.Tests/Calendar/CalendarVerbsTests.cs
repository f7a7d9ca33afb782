using System.CommandLine;
using Enterprise.Eval.Infrastructure.Calendar;
using Enterprise.Eval.Worker.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Calendar;

public sealed class CalendarVerbsTests : IDisposable
{
    private readonly TempCalendarFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Exit, string Output) Run(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        var cli = new CliServices(() => new ServiceCollection().AddChinaCalendar(configuration).BuildServiceProvider(), console);
        var root = new RootCommand();
        root.Subcommands.Add(CalendarVerbs.Create(cli));

        var exit = root.Parse(args).Invoke();
        return (exit, writer.ToString().Trim());
    }

    private static (int Exit, string Output) Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    [Fact]
    public void Publicity_FiveDaysFrom20250930_PrintsOct13()
    {
        var (exit, output) = Run("calendar", "publicity", "--start", "2025-09-30", "--days", "5");

        Assert.Equal(0, exit);
        Assert.Equal("公示时间：2025年9月30日至2025年10月13日（5个工作日）", output);
    }

    [Fact]
    public void Publicity_StartedDuringTheDay_CountsFromTheNextWorkday()
    {
        var (exit, output) = Run("calendar", "publicity", "--start", "2026-03-02", "--days", "5", "--started-at", "09:30");

        Assert.Equal(0, exit);
        Assert.Equal("公示时间：2026年3月2日至2026年3月9日（5个工作日，自2026年3月3日起算）", output);
    }

    [Fact]
    public void Publicity_CountStartDay_CountsTheDayStartedDuring()
    {
        var (_, output) = Run("calendar", "publicity", "--start", "2026-03-02", "--days", "5", "--started-at", "09:30", "--count-start-day");

        Assert.Equal("公示时间：2026年3月2日至2026年3月6日（5个工作日）", output);
    }

    [Fact]
    public void IsWorkday_NamesTheMakeUpDay()
    {
        var (exit, output) = Run("calendar", "is-workday", "2026-02-14");

        Assert.Equal(0, exit);
        Assert.Equal("2026年2月14日是工作日（春节调休上班）", output);
    }

    [Fact]
    public void IsWorkday_NamesTheHoliday()
    {
        var (_, output) = Run("calendar", "is-workday", "2025-10-03");

        Assert.Equal("2025年10月3日不是工作日（国庆节、中秋节）", output);
    }

    [Fact]
    public void AddWorkdays_OneFrom20250930_Is20251009()
    {
        var (exit, output) = Run("calendar", "add-workdays", "--from", "2025-09-30", "--days", "1");

        Assert.Equal(0, exit);
        Assert.Equal("2025年9月30日之后第1个工作日：2025年10月9日", output);
    }

    [Fact]
    public void AddWorkdays_MinusOneFrom20251009_Is20250930()
    {
        var (exit, output) = Run("calendar", "add-workdays", "--from", "2025-10-09", "--days", "-1");

        Assert.Equal(0, exit);
        Assert.Equal("2025年10月9日之前第1个工作日：2025年9月30日", output);
    }

    [Fact]
    public void IsWorkday_In2027_FailsWithCodeAndHowToAddTheYear()
    {
        var (exit, output) = Run("calendar", "is-workday", "2027-03-01");

        Assert.NotEqual(0, exit);
        Assert.Contains("EVAL-CAL-001", output);
        Assert.Contains("Calendar:ExtraFiles", output);
    }

    [Fact]
    public void IsWorkday_In2027_Works_WhenExtraFileIsConfigured()
    {
        var path = _files.WriteYear(2027, "2027-01-01+");

        var (exit, output) = Run(new Dictionary<string, string?> { ["Calendar:ExtraFiles:0"] = path }, "calendar", "is-workday", "2027-01-01");

        Assert.Equal(0, exit);
        Assert.StartsWith("2027年1月1日不是工作日", output);
    }

    [Theory]
    [InlineData("EVAL-CAL-010", "calendar", "is-workday", "2026/03/02")]
    [InlineData("EVAL-CAL-010", "calendar", "publicity", "--days", "5")]
    [InlineData("EVAL-CAL-011", "calendar", "publicity", "--start", "2026-03-02", "--days", "five")]
    [InlineData("EVAL-CAL-011", "calendar", "publicity", "--start", "2026-03-02", "--days", "0")]
    [InlineData("EVAL-CAL-012", "calendar", "publicity", "--start", "2026-03-02", "--days", "5", "--started-at", "9点")]
    public void BadInput_FailsWithChineseErrorAndCode(string code, params string[] args)
    {
        var (exit, output) = Run(args);

        Assert.Equal(CalendarVerbs.ExitInvalid, exit);
        Assert.StartsWith($"错误 {code}：", output);
    }

    [Fact]
    public void MissingExtraFile_FailsWithConfigurationError()
    {
        var (exit, output) = Run(new Dictionary<string, string?> { ["Calendar:ExtraFiles:0"] = "/no/such.json" }, "calendar", "is-workday", "2026-03-02");

        Assert.Equal(CalendarVerbs.ExitInvalid, exit);
        Assert.Contains("Calendar:ExtraFiles:0", output);
    }
}
