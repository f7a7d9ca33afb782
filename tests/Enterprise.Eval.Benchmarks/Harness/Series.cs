namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// The measured runs of one figure (the product, or its bare baseline). Its figure is the median run by wall time;
/// the peak resident set is the highest of all runs.
/// </summary>
internal sealed class Series(string label, int items)
{
    private readonly List<Measurement> _runs = [];

    public string Label { get; } = label;
    public int Items { get; } = items;
    public IReadOnlyList<Measurement> Runs => _runs;

    public void Add(Measurement run) => _runs.Add(run);

    public Measurement Median => _runs.Count == 0
        ? throw new InvalidOperationException($"{Label} has no measured run.")
        : _runs.OrderBy(r => r.Elapsed).ElementAt(_runs.Count / 2);

    public double ItemsPerSecond => Items / Median.Elapsed.TotalSeconds;

    /// <summary>A ratio of this series to another, run by run (the i-th run of each was measured back to back).</summary>
    public IReadOnlyList<double> PairedWith(Series other, Func<Measurement, Measurement, double> ratio) =>
        _runs.Zip(other._runs, ratio).ToList();

    public long PeakWorkingSetBytes => _runs.Max(r => r.PeakWorkingSetBytes);

    /// <summary>The resident set when the run with the highest peak started.</summary>
    public long StartOfPeakRunBytes => _runs.MaxBy(r => r.PeakWorkingSetBytes)!.StartWorkingSetBytes;
}
