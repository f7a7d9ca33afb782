using Enterprise.Eval.Domain.Calendar;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Tests.Calendar;

public sealed class PublicityPeriodTests
{
    private static readonly IWorkdayCalendar China = WorkdayCalendar.ForChina(OfficialHolidays.Table2025And2026);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static DateTimeOffset At(string iso, string time = "00:00") =>
        ChinaTime.At(D(iso), TimeOnly.ParseExact(time, "HH:mm"));

    [Fact]
    public void Plan_FiveDaysFrom20260302_EndsFriday20260306_AsInTheNoticeExample()
    {
        var period = PublicityPeriod.Plan(China, At("2026-03-02"), 5);

        Assert.Equal(D("2026-03-06"), period.EndDate);
        Assert.Equal("公示时间：2026年3月2日至2026年3月6日（5个工作日）", period.ChineseText);
    }

    [Fact]
    public void Plan_FiveDaysFrom20250930_CountsSep30Oct9Oct10MakeUpSatOct11AndOct13()
    {
        var period = PublicityPeriod.Plan(China, At("2025-09-30"), 5);

        Assert.Equal(D("2025-09-30"), period.FirstCountedDate);
        Assert.Equal(D("2025-10-13"), period.EndDate);
        Assert.Equal(5, period.Workdays);
        Assert.Equal(5, China.CountWorkdays(period.FirstCountedDate, period.EndDate));
        Assert.Equal("公示时间：2025年9月30日至2025年10月13日（5个工作日）", period.ChineseText);
    }

    [Fact]
    public void Plan_FiveDaysFrom20250926_CountsMakeUpSunday0928_EndsOct9() =>
        Assert.Equal(D("2025-10-09"), PublicityPeriod.Plan(China, At("2025-09-26"), 5).EndDate);

    [Fact]
    public void Plan_FiveDaysFromNationalDay20251001_StartsCountingOct9_EndsOct14()
    {
        var period = PublicityPeriod.Plan(China, At("2025-10-01"), 5);

        Assert.Equal(D("2025-10-09"), period.FirstCountedDate);
        Assert.Equal(D("2025-10-14"), period.EndDate);
        Assert.Equal("公示时间：2025年10月1日至2025年10月14日（5个工作日，自2025年10月9日起算）", period.ChineseText);
    }

    [Fact]
    public void Plan_FiveDaysFrom20260212_CountsMakeUpSaturday0214AndSkipsSpringFestival_EndsFeb25() =>
        Assert.Equal(D("2026-02-25"), PublicityPeriod.Plan(China, At("2026-02-12"), 5).EndDate);

    [Fact]
    public void Plan_StartedAt1000On20260213_DoesNotCountThatDay_CountsFeb14Then24To27()
    {
        var period = PublicityPeriod.Plan(China, At("2026-02-13", "10:00"), 5);

        Assert.Equal(D("2026-02-13"), period.StartDate);
        Assert.Equal(D("2026-02-14"), period.FirstCountedDate);
        Assert.Equal(D("2026-02-27"), period.EndDate);
    }

    [Fact]
    public void Plan_StartedAt1000On20260213_CountsThatDay_WhenSchemeSaysSo_EndsFeb26()
    {
        var period = PublicityPeriod.Plan(China, At("2026-02-13", "10:00"), 5, countStartDayWhenStartedDuringDay: true);

        Assert.Equal(D("2026-02-13"), period.FirstCountedDate);
        Assert.Equal(D("2026-02-26"), period.EndDate);
    }

    [Fact]
    public void Plan_TwoDaysFrom20260227_EndsOnMakeUpSaturday0228() =>
        Assert.Equal(D("2026-02-28"), PublicityPeriod.Plan(China, At("2026-02-27"), 2).EndDate);

    [Fact]
    public void EndsAt_IsMidnightAfterTheLastDayInChinaTime()
    {
        var period = PublicityPeriod.Plan(China, At("2025-09-30"), 5);

        Assert.Equal(new DateTimeOffset(2025, 10, 13, 16, 0, 0, TimeSpan.Zero), period.EndsAt);
    }

    [Fact]
    public void Plan_ReadsTheStartInChinaTime_WhenGivenAUtcInstant()
    {
        // 2025-09-29 16:00 UTC is 2025-09-30 00:00 in China: the day counts.
        var period = PublicityPeriod.Plan(China, new DateTimeOffset(2025, 9, 29, 16, 0, 0, TimeSpan.Zero), 5);

        Assert.Equal(D("2025-09-30"), period.FirstCountedDate);
        Assert.Equal(D("2025-10-13"), period.EndDate);
    }

    [Fact]
    public void Plan_SkipsCompanyClosure_EndsMar10()
    {
        var calendar = WorkdayCalendar.ForChina(
            OfficialHolidays.Table2025And2026, [new CompanyClosure(D("2026-03-04"), D("2026-03-05"), "年度检修")]);

        Assert.Equal(D("2026-03-10"), PublicityPeriod.Plan(calendar, At("2026-03-02"), 5).EndDate);
    }

    [Fact]
    public void Plan_IsRefused_WhenPeriodRunsIntoYearWithoutData() =>
        Assert.Equal(CalendarErrors.YearNotCoveredCode,
            Assert.Throws<DomainException>(() => PublicityPeriod.Plan(China, At("2026-12-29"), 5)).Code);

    [Fact]
    public void Plan_Throws_WhenDaysIsZero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicityPeriod.Plan(China, At("2026-03-02"), 0));
}
