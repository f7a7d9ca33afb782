namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// What a benchmark found: its figures (product first, then the baseline), the ratio the goal is stated on, the goal
/// in words, whether it was met, the same ratio for each pair of runs (product and baseline alternate, so a pair saw
/// the same load), and notes (input shape, counts checked) a reader needs to trust the numbers. A benchmark whose input
/// is not "rows" names it in <paramref name="Heading"/>; <paramref name="Details"/> are Markdown lines (a second table)
/// printed after the main one.
/// </summary>
internal sealed record BenchmarkResult(
    string Name,
    string Unit,
    IReadOnlyList<Series> Figures,
    string RatioName,
    double Ratio,
    IReadOnlyList<double> RatiosByRun,
    string Goal,
    bool GoalMet,
    IReadOnlyList<string> Notes,
    string? Heading = null,
    IReadOnlyList<string>? Details = null);
