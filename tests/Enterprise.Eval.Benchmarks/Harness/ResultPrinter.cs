using System.Globalization;

namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>Prints a result as a Markdown table, so a run can be pasted into docs/benchmarks.md as it is.</summary>
internal static class ResultPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(TextWriter output, BenchmarkResult result, BenchmarkSettings settings, string loadBefore, string loadAfter)
    {
        output.WriteLine();
        output.WriteLine(result.Heading is { } heading
            ? $"### {result.Name}: {heading}"
            : $"### {result.Name}: {settings.Rows.ToString("N0", Invariant)} rows, median of {settings.Runs} runs " +
              $"(warm-up on {settings.WarmupRows.ToString("N0", Invariant)} rows)");
        output.WriteLine();
        output.WriteLine($"Load average before {loadBefore}, after {loadAfter}.");
        output.WriteLine();
        output.WriteLine($"| figure | median | {result.Unit}/s | allocated | peak working set (at start){(PeakWorkingSet.PerRun ? "" : ", peak since process start")} | GC pause (gen 2 GCs) | all runs |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var s in result.Figures)
        {
            var runs = string.Join(", ", s.Runs.Select(r => Seconds(r.Elapsed)));
            output.WriteLine($"| {s.Label} | {Seconds(s.Median.Elapsed)} | {s.ItemsPerSecond.ToString("N0", Invariant)} | " +
                             $"{Megabytes(s.Median.AllocatedBytes)} | {Megabytes(s.PeakWorkingSetBytes)} ({Megabytes(s.StartOfPeakRunBytes)}) | " +
                             $"{Seconds(s.Median.GcPause)} ({s.Median.FullCollections}) | {runs} |");
        }
        if (result.Details is { Count: > 0 } details)
        {
            output.WriteLine();
            foreach (var line in details) output.WriteLine(line);
        }
        output.WriteLine();
        output.WriteLine($"**{result.RatioName} = {result.Ratio.ToString("0.00", Invariant)}**; goal: {result.Goal} → " +
                         (result.GoalMet ? "**met**" : "**not met**") +
                         $" (ratio of run pairs, in order: {string.Join(", ", result.RatiosByRun.Select(r => r.ToString("0.00", Invariant)))})");
        foreach (var note in result.Notes) output.WriteLine($"- {note}");
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", Invariant) + " s";

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("N1", Invariant) + " MB";
}
