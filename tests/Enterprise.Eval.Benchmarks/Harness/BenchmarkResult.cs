namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// What a benchmark found: its figures (product first, then the baseline), the ratio the goal is stated on, the goal
/// in words, whether it was met, and notes (input shape, counts checked) a reader needs to trust the numbers.
/// </summary>
internal sealed record BenchmarkResult(
    string Name,
    string Unit,
    IReadOnlyList<Series> Figures,
    string RatioName,
    double Ratio,
    string Goal,
    bool GoalMet,
    IReadOnlyList<string> Notes);
