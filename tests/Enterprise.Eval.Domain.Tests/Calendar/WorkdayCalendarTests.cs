using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Tests.Calendar;

public sealed class WorkdayCalendarTests
{
    private static readonly IWorkdayCalendar China = WorkdayCalendar.ForChina(OfficialHolidays.Table2025And2026);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Theory]
    [InlineData("2025-09-30", true)]  // Tuesday before 国庆
    [InlineData("2025-10-01", false)] // 国庆节
    [InlineData("2025-10-08", false)] // last day of the 国庆/中秋 break, a Wednesday
    [InlineData("2025-09-28", true)]  // Sunday made a working day
    [InlineData("2025-10-11", true)]  // Saturday made a working day
    [InlineData("2025-10-12", false)] // ordinary Sunday
    [InlineData("2026-02-14", true)]  // Saturday made a working day before 春节
    [InlineData("2026-02-16", false)] // 春节, a Monday
    [InlineData("2026-02-23", false)] // 春节, a Monday
    [InlineData("2026-02-28", true)]  // Saturday made a working day after 春节
    [InlineData("2026-03-02", true)]  // ordinary Monday
    [InlineData("2026-03-07", false)] // ordinary Saturday
    public void IsWorkday_FollowsTheOfficialNotice(string date, bool expected) =>
        Assert.Equal(expected, China.IsWorkday(D(date)));

    [Fact]
    public void AddWorkdays_OneFromEveOfNationalDay2025_Is20251009() =>
        Assert.Equal(D("2025-10-09"), China.AddWorkdays(D("2025-09-30"), 1));

    [Fact]
    public void AddWorkdays_TwoFrom20260213_CountsMakeUpSaturdayThenSkipsSpringFestival_Is20260224() =>
        Assert.Equal(D("2026-02-24"), China.AddWorkdays(D("2026-02-13"), 2));

    [Fact]
    public void AddWorkdays_MinusOneFrom20251009_Is20250930() =>
        Assert.Equal(D("2025-09-30"), China.AddWorkdays(D("2025-10-09"), -1));

    [Fact]
    public void AddWorkdays_Zero_ReturnsTheSameDate() =>
        Assert.Equal(D("2025-10-01"), China.AddWorkdays(D("2025-10-01"), 0));

    [Fact]
    public void CountWorkdays_NationalDayWeeks2025_CountsMakeUpDaysAndSkipsHolidays() =>
        // 9/28 Sun, 9/29, 9/30 | 10/9, 10/10, 10/11 Sat
        Assert.Equal(6, China.CountWorkdays(D("2025-09-27"), D("2025-10-12")));

    [Fact]
    public void IsWorkday_Throws_WhenYearHasNoOfficialData()
    {
        var error = Assert.Throws<DomainException>(() => China.IsWorkday(D("2027-01-04")));

        Assert.Equal(CalendarErrors.YearNotCoveredCode, error.Code);
        Assert.Contains("2027", error.Message);
        Assert.Contains("Calendar:ExtraFiles", error.Message);
    }

    [Fact]
    public void IsWorkday_Throws_EvenForAnOrdinaryWeekday_WhenYearHasNoOfficialData() =>
        Assert.Throws<DomainException>(() => WorkdayCalendar.ForChina(HolidayTable.Empty).IsWorkday(D("2026-03-02")));

    [Fact]
    public void AddWorkdays_Throws_WhenCountingRunsIntoAYearWithoutData() =>
        Assert.Throws<DomainException>(() => China.AddWorkdays(D("2026-12-29"), 5));

    [Fact]
    public void AddWorkdays_CrossesIntoAddedYear_WhenThatYearIsAdded()
    {
        var added = OfficialHolidays.Table2025And2026.With(
            new HolidayYear(2027, [new HolidayDay(D("2027-01-01"), "元旦", IsOffDay: true)]));
        var calendar = WorkdayCalendar.ForChina(added);

        // 12/30, 12/31, (1/1 元旦, 1/2–1/3 weekend), 1/4, 1/5, 1/6
        Assert.Equal(D("2027-01-06"), calendar.AddWorkdays(D("2026-12-29"), 5));
    }

    [Fact]
    public void With_LaterYearData_ReplacesEarlierDataForThatYear()
    {
        var corrected = OfficialHolidays.Table2025And2026.With(new HolidayYear(2026, []));

        Assert.True(WorkdayCalendar.ForChina(corrected).IsWorkday(D("2026-02-16")));
        Assert.False(WorkdayCalendar.ForChina(corrected).IsWorkday(D("2026-02-14")));
    }

    [Fact]
    public void IsWorkday_IsFalse_OnCompanyClosureDay()
    {
        var calendar = WorkdayCalendar.ForChina(
            OfficialHolidays.Table2025And2026, [new CompanyClosure(D("2026-03-04"), D("2026-03-05"), "年度检修")]);

        Assert.True(calendar.IsWorkday(D("2026-03-03")));
        Assert.False(calendar.IsWorkday(D("2026-03-04")));
        Assert.False(calendar.IsWorkday(D("2026-03-05")));
        Assert.True(calendar.IsWorkday(D("2026-03-06")));
    }

    [Fact]
    public void HolidayYear_Throws_WhenADateIsRepeated() =>
        Assert.Equal(CalendarErrors.InvalidYearDataCode, Assert.Throws<DomainException>(() => new HolidayYear(
            2026, [new HolidayDay(D("2026-01-01"), "元旦", true), new HolidayDay(D("2026-01-01"), "元旦", false)])).Code);

    [Fact]
    public void HolidayYear_Throws_WhenADateIsFarFromTheYear() =>
        Assert.Throws<DomainException>(() => new HolidayYear(2026, [new HolidayDay(D("2024-01-01"), "元旦", true)]));
}
