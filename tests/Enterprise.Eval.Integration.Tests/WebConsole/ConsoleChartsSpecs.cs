using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Worker.WebConsole;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>What the console's charts count (no host: the counting is plain code).</summary>
public sealed class ConsoleChartsSpecs
{
    private static DateTimeOffset China(int month, int day, int hour) => ChinaTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, 0));

    [Fact]
    public void ApplicationsPerDay_CountsByChinaDay_FromTheOpeningDayToTheClosingDay_QuietDaysIncluded()
    {
        // Window 10 June 09:00 – 13 June 00:00 (China): the days are 10, 11 and 12 June.
        var submitted = new[]
        {
            China(6, 10, 9), China(6, 10, 23), China(6, 12, 17),
            ChinaTime.At(new DateOnly(2026, 6, 12), new TimeOnly(23, 59)),   // still 12 June in China (15:59 UTC)
            China(6, 9, 12),                                               // before the window: not a day of it
        };

        var bars = ConsoleCharts.ApplicationsPerDay(submitted, China(6, 10, 9), China(6, 13, 0));

        Assert.Equal(["6月10日", "6月11日", "6月12日"], bars.Select(b => b.Label));
        Assert.Equal([2, 0, 2], bars.Select(b => b.Total));
    }

    [Fact]
    public void ALongWindow_IsCountedPerWeek()
    {
        var bars = ConsoleCharts.ApplicationsPerDay([China(6, 1, 10), China(6, 7, 10), China(6, 8, 10), China(7, 20, 10)], China(6, 1, 9), China(7, 21, 0));

        Assert.Equal(8, bars.Count);   // 50 days → 8 weeks, the last one short
        Assert.Equal("6月1日起", bars[0].Label);
        Assert.Equal([2, 1], bars.Take(2).Select(b => b.Total));
        Assert.Equal(1, bars[^1].Total);
        Assert.Equal(4, bars.Sum(b => b.Total));
    }

    [Fact]
    public void VerdictsPerOccupation_SplitsEachOccupationByTheVerdictThatCounts_InTheLegendsOrder()
    {
        ApplicationRow Row(string occupation, VerdictKind? verdict) =>
            new(Guid.NewGuid(), "N", "E", "某", "******", occupation, occupation == "6-31-01-03" ? "维修电工" : "钳工", "已提交", verdict, "", []);
        var rows = new[]
        {
            Row("6-31-01-03", VerdictKind.Ineligible), Row("6-31-01-03", VerdictKind.EligibleStandard), Row("6-31-01-03", VerdictKind.EligibleStandard),
            Row("6-18-01-01", null),
        };

        var bars = ConsoleCharts.VerdictsPerOccupation(rows);

        Assert.Equal(["钳工（6-18-01-01）", "维修电工（6-31-01-03）"], bars.Select(b => b.Label));
        Assert.Equal([("尚未审查", 1)], bars[0].Parts.Select(p => (p.Series, p.Count)));
        Assert.Equal([("符合条件", 2), ("不符合条件", 1)], bars[1].Parts.Select(p => (p.Series, p.Count)));
    }
}
