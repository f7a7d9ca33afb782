using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Calendar;

namespace Enterprise.Eval.Integration.Tests.Calendar;

public sealed class HolidayTableLoaderTests : IDisposable
{
    private readonly TempCalendarFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Fact]
    public void LoadEmbedded_CoversEveryYearFrom2019To2026_AndNo2027()
    {
        var table = HolidayTableLoader.LoadEmbedded();

        Assert.Equal(Enumerable.Range(2019, 8), table.Years);
        Assert.False(table.Covers(2027));
    }

    [Fact]
    public void LoadEmbedded_GivesOfficialPublicityEnd_FiveDaysFrom20250930_Is20251013()
    {
        var calendar = WorkdayCalendar.ForChina(HolidayTableLoader.LoadEmbedded());

        var period = PublicityPeriod.Plan(calendar, ChinaTime.StartOf(D("2025-09-30")), 5);

        Assert.Equal("公示时间：2025年9月30日至2025年10月13日（5个工作日）", period.ChineseText);
    }

    [Fact]
    public void LoadEmbedded_Knows20260214IsAMakeUpSaturday()
    {
        var table = HolidayTableLoader.LoadEmbedded();

        Assert.True(WorkdayCalendar.ForChina(table).IsWorkday(D("2026-02-14")));
        Assert.Equal("春节", table.DayOf(D("2026-02-14"))!.Name);
    }

    [Fact]
    public void Load_AddsYearFromExtraFile_So2027Works()
    {
        var path = _files.WriteYear(2027, "2027-01-01+");

        var calendar = WorkdayCalendar.ForChina(HolidayTableLoader.Load(new CalendarOptions { ExtraFiles = [path] }));

        Assert.False(calendar.IsWorkday(D("2027-01-01")));
        Assert.Equal(D("2027-01-06"), calendar.AddWorkdays(D("2026-12-29"), 5));
    }

    [Fact]
    public void Load_LaterFileReplacesTheYear()
    {
        var first = _files.WriteYear(2027, "2027-01-01+");
        var second = _files.WriteYear(2027, "2027-01-02-");

        var calendar = WorkdayCalendar.ForChina(
            HolidayTableLoader.Load(new CalendarOptions { ExtraFiles = [first, second] }));

        Assert.True(calendar.IsWorkday(D("2027-01-01")));
        Assert.True(calendar.IsWorkday(D("2027-01-02")));
    }

    [Fact]
    public void Load_RefusesMalformedFile_WithCodeAndPath()
    {
        var path = _files.Write("broken.json", """{ "year": 2027, "days": [ { "name": "元旦", "date": "2027/01/01", "isOffDay": true } ] }""");

        var error = Assert.Throws<DomainException>(() => HolidayTableLoader.Load(new CalendarOptions { ExtraFiles = [path] }));

        Assert.Equal(HolidayFileReader.UnreadableFileCode, error.Code);
        Assert.Contains(path, error.Message);
    }
}
