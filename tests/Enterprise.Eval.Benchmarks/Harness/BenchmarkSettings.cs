namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>What the command line asked for: rows of the measured input, rows of the warm-up input, measured runs.</summary>
internal sealed record BenchmarkSettings(int Rows, int WarmupRows, int Runs)
{
    public const int DefaultRows = 100_000;
    public const int DefaultRuns = 3;

    public static BenchmarkSettings For(int rows, int runs) => new(rows, Math.Clamp(rows / 100, 100, 1_000), runs);
}
