using Enterprise.Eval.Benchmarks.Api;
using Enterprise.Eval.Benchmarks.Roster;
using Enterprise.Eval.Benchmarks.Screening;

namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>Every benchmark the harness knows, in the order `all` runs them.</summary>
internal static class BenchmarkCatalog
{
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new RosterImportBenchmark(),
        new ScreeningBenchmark(),
        new ApplicationSubmissionBenchmark(),
        new Mail.MailDispatchBenchmark(),
        new Scheduling.SchedulingLatenessBenchmark(),
    ];

    public static IBenchmark? Find(string name) =>
        All.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));
}
