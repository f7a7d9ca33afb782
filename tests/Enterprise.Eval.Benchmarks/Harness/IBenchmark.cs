namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// One benchmark of the harness. Adding a benchmark is one class implementing this and one line in
/// <see cref="BenchmarkCatalog"/>. A run measures the product beside a bare baseline in the same process and returns
/// both figures with their ratio, so the goal is judged on a ratio rather than on absolute times of a shared machine.
/// </summary>
internal interface IBenchmark
{
    /// <summary>Command-line name, lower case (roster, screening …).</summary>
    string Name { get; }

    /// <summary>One line for the harness's help.</summary>
    string Description { get; }

    BenchmarkResult Run(BenchmarkSettings settings);
}
