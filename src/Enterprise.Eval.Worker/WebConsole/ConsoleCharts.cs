using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>One bar of a chart: its label and its parts (one part for a plain bar, one per series when stacked).</summary>
public sealed record ChartBar(string Label, IReadOnlyList<ChartPart> Parts)
{
    public int Total => Parts.Sum(p => p.Count);
}

/// <summary>A part of a bar: the series it counts (its CSS class picks its colour), and the count.</summary>
public sealed record ChartPart(string Series, string SeriesClass, int Count);

/// <summary>
/// What the console's charts count, from data the page already holds. Drawn by <see cref="BarChart"/> as SVG on the
/// server: no script and no request leaves the machine (the pages' CSP allows neither).
/// </summary>
public static class ConsoleCharts
{
    /// <summary>Longer windows are counted per week, so a bar stays wide enough to read on a phone.</summary>
    public const int MaxDailyBars = 31;

    /// <summary>
    /// Submissions per China calendar day of the window, from the day it opens to the day it closes (days without
    /// one included, so a quiet day shows as a gap); per 7 days when the window is longer than <see cref="MaxDailyBars"/>.
    /// </summary>
    public static IReadOnlyList<ChartBar> ApplicationsPerDay(IEnumerable<DateTimeOffset> submittedAt, DateTimeOffset windowOpensAt, DateTimeOffset windowClosesAt)
    {
        var first = ChinaTime.DateOf(windowOpensAt);
        // The window closes at an instant; one closing at 00:00 ends with the day before.
        var last = ChinaTime.DateOf(windowClosesAt.AddTicks(-1));
        if (last < first) last = first;
        var days = last.DayNumber - first.DayNumber + 1;
        var width = days > MaxDailyBars ? 7 : 1;
        var counts = new int[(days + width - 1) / width];
        foreach (var day in submittedAt.Select(ChinaTime.DateOf))
        {
            var index = (day.DayNumber - first.DayNumber) / width;
            if (day >= first && index < counts.Length) counts[index]++;
        }
        return counts.Select((count, i) =>
        {
            var start = first.AddDays(i * width);
            var label = width == 1 ? $"{start.Month}月{start.Day}日" : $"{start.Month}月{start.Day}日起";
            return new ChartBar(label, [new ChartPart("申报", "s-count", count)]);
        }).ToList();
    }

    /// <summary>The verdicts' order in a stacked bar and the legend: the eligible first, then what waits, then the refused.</summary>
    public static readonly IReadOnlyList<VerdictKind?> VerdictOrder =
    [
        VerdictKind.EligibleStandard, VerdictKind.EligibleByRelaxation, VerdictKind.DirectlyConfirmed,
        VerdictKind.NeedsAttestation, VerdictKind.Undetermined, VerdictKind.Ineligible, null,
    ];

    public static string VerdictText(VerdictKind? kind) => kind?.ChineseName() ?? "尚未审查";

    public static string VerdictClass(VerdictKind? kind) => kind is null ? "s-none" : "s-" + kind.Value.ToString().ToLowerInvariant();

    /// <summary>Applications per occupation, each bar split by the verdict that counts (the list's own column).</summary>
    public static IReadOnlyList<ChartBar> VerdictsPerOccupation(IEnumerable<ApplicationRow> rows) =>
        rows.GroupBy(r => (r.OccupationCode, r.OccupationName))
            .OrderBy(g => g.Key.OccupationCode, StringComparer.Ordinal)
            .Select(g => new ChartBar($"{g.Key.OccupationName}（{g.Key.OccupationCode}）",
                VerdictOrder.Select(k => new ChartPart(VerdictText(k), VerdictClass(k), g.Count(r => r.Verdict == k))).Where(p => p.Count > 0).ToList()))
            .ToList();
}
