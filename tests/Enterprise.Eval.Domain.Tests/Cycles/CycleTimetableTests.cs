using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using static Enterprise.Eval.Domain.Tests.Cycles.CycleFixture;

namespace Enterprise.Eval.Domain.Tests.Cycles;

public sealed class CycleTimetableTests
{
    private static TimetablePlan Plan(TimetableRequest request, TimetableRules? rules = null, DateTimeOffset? now = null) =>
        CycleTimetable.Plan(request, rules ?? TimetableRules.Default, ChinaCalendar, now ?? Now);

    private static IEnumerable<string> Codes(TimetablePlan plan) => plan.Issues.Select(i => i.Code);

    [Fact]
    public void Plan_KeepsNantongWindowToTheMinute_InChinaTime()
    {
        var timetable = Timetable();

        Assert.Equal("2026年6月10日 9:00", ChinaTime.FormatInstant(timetable.WindowOpensAt));
        Assert.Equal("2026年6月13日 16:00", ChinaTime.FormatInstant(timetable.WindowClosesAt));
        Assert.Equal(TimeSpan.Zero, timetable.WindowOpensAt.Offset);
    }

    [Fact]
    public void Plan_FiveDaysFromJune17_SkipsDragonBoatJune19To21_EndsJune24()
    {
        var timetable = Timetable();

        Assert.Equal(new DateOnly(2026, 6, 24), timetable.PublicityEndDate);
        Assert.Equal(China(2026, 6, 25), timetable.PublicityEndsAt);
        Assert.Equal("公示时间：2026年6月17日至2026年6月24日（5个工作日）", timetable.PublicityText);
    }

    [Fact]
    public void Plan_AcceptsExactlyTheMinimumFiveWorkdays_AndRefusesFour()
    {
        Assert.True(Plan(Request with { PublicityWorkdays = 5 }).IsValid);

        var four = Plan(Request with { PublicityWorkdays = 4 });

        Assert.False(four.IsValid);
        Assert.Equal([CycleErrors.PublicityTooShort], Codes(four));
    }

    [Fact]
    public void Plan_ReturnsEveryIssue_WhenManyThingsAreWrong()
    {
        var request = new TimetableRequest(
            WindowOpensAt: China(2026, 4, 1, 9),        // before now
            WindowClosesAt: China(2026, 6, 13, 16),
            ReviewEndsAt: China(2026, 6, 13, 12),       // before the window closes
            PublicityStartsAt: China(2026, 6, 12),      // before review ends
            PublicityWorkdays: 3,                       // fewer than five
            CertificatesDueAt: China(2026, 6, 15, 17)); // before publicity ends

        var plan = Plan(request);

        Assert.Null(plan.Timetable);
        Assert.Equal(
            new[] { CycleErrors.InPast, CycleErrors.ReviewOrder, CycleErrors.PublicityOrder, CycleErrors.PublicityTooShort, CycleErrors.CertificatesOrder },
            Codes(plan).Order());
        Assert.All(plan.Issues, issue => Assert.False(string.IsNullOrWhiteSpace(issue.Message)));
    }

    [Fact]
    public void Plan_RefusesWindowClosingBeforeItOpens() =>
        Assert.Contains(CycleErrors.WindowOrder, Codes(Plan(Request with { WindowClosesAt = China(2026, 6, 10, 8) })));

    [Fact]
    public void Plan_RefusesWindowShorterThanSchemeMinimum()
    {
        var rules = new TimetableRules(5, TimeSpan.FromDays(4), TimeSpan.FromHours(1));

        var plan = Plan(Request, rules);

        Assert.Equal([CycleErrors.WindowTooShort], Codes(plan));
        Assert.Contains("4天", plan.Issues[0].Message);
    }

    [Fact]
    public void Plan_RefusesReviewShorterThanSchemeMinimum() =>
        Assert.Equal([CycleErrors.ReviewTooShort],
            Codes(Plan(Request, new TimetableRules(5, TimeSpan.FromHours(1), TimeSpan.FromDays(5)))));

    [Fact]
    public void Plan_RefusesInstantsWithSeconds() =>
        Assert.Equal([CycleErrors.NotWholeMinute], Codes(Plan(Request with { WindowOpensAt = China(2026, 6, 10, 9).AddSeconds(30) })));

    [Fact]
    public void Plan_RefusesInstantsEqualToNow() =>
        Assert.Contains(CycleErrors.InPast, Codes(Plan(Request, now: Request.WindowOpensAt)));

    [Fact]
    public void Plan_ReportsMissingCalendarYearAsAnIssue_NotAnException()
    {
        var request = Request with
        {
            PublicityStartsAt = China(2026, 12, 29),
            CertificatesDueAt = China(2027, 2, 1, 17),
        };

        var plan = Plan(request);

        var issue = Assert.Single(plan.Issues);
        Assert.Equal("EVAL-CAL-001", issue.Code);
        Assert.Contains("2027", issue.Message);
    }

    [Fact]
    public void Plan_GivesTheSameTimetable_WhenInstantsAreGivenInAnotherOffset()
    {
        var utc = Request with
        {
            WindowOpensAt = Request.WindowOpensAt.ToOffset(TimeSpan.FromHours(-5)),
            PublicityStartsAt = Request.PublicityStartsAt.ToUniversalTime(),
        };

        Assert.Equal(Timetable(), Timetable(utc));
    }

    [Fact]
    public void Plan_CountsPublicityFromNextWorkday_WhenStartedDuringTheDay()
    {
        var timetable = Timetable(Request with { PublicityStartsAt = China(2026, 6, 17, 9, 30) });

        Assert.Equal(new DateOnly(2026, 6, 18), timetable.PublicityFirstCountedDate);
        Assert.Equal(new DateOnly(2026, 6, 25), timetable.PublicityEndDate);
    }
}
