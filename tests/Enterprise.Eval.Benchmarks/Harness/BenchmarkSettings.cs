namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// What the command line asked for: rows of the measured input, rows of the warm-up input, measured runs; for the API
/// benchmark also the concurrent clients, and whether --rows was given (its own default size is smaller).
/// </summary>
internal sealed record BenchmarkSettings(int Rows, int WarmupRows, int Runs)
{
    public const int DefaultRows = 100_000;
    public const int DefaultRuns = 3;
    public const int DefaultClients = 16;

    public int Clients { get; init; } = DefaultClients;

    public bool RowsGiven { get; init; }

    /// <summary>The API benchmark's database: "sqlite" (default) or "postgres" (a private server, product and bare on it).</summary>
    public string Database { get; init; } = "sqlite";

    public static BenchmarkSettings For(int rows, int runs) => new(rows, Math.Clamp(rows / 100, 100, 1_000), runs);
}
