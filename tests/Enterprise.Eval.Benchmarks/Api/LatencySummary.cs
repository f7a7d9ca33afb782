using System.Diagnostics;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>Per-request latencies of one run (nearest-rank percentiles), in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P99, double Max)
{
    public static LatencySummary Of(long[] elapsedTimestamps)
    {
        ArgumentNullException.ThrowIfNull(elapsedTimestamps);
        if (elapsedTimestamps.Length == 0) throw new ArgumentException("No request was timed.", nameof(elapsedTimestamps));
        var sorted = elapsedTimestamps.Order().ToArray();
        return new LatencySummary(Millis(Rank(sorted, 0.50)), Millis(Rank(sorted, 0.99)), Millis(sorted[^1]));
    }

    private static long Rank(long[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Millis(long timestamps) => timestamps * 1000d / Stopwatch.Frequency;
}
