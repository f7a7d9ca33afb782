using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Enterprise.Eval.Benchmarks.Harness;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Benchmarks.Scheduling;

/// <summary>
/// Issue 14: how late a cycle step is taken after its instant, single node, the shipped scheduler settings (schedule
/// and queue polling 1 s, 4 workers), on SQLite and PostgreSQL, beside bare Hangfire delayed jobs on the same kind of
/// storage with the same polling. Each round (product or bare) runs in a fresh process of this harness
/// (<see cref="SchedulingRound"/>) on a fresh database, product and bare alternating, so Hangfire's static globals
/// never carry over from one round to the next. Goal: no step more than 2 s late.
/// </summary>
internal sealed class SchedulingLatenessBenchmark : IBenchmark
{
    private const double GoalSeconds = 2.0;

    public string Name => "scheduling";

    public string Description => "issue 14: lateness of a cycle step after its instant (Hangfire, SQLite and PostgreSQL, 1 s polling) beside bare Hangfire delayed jobs";

    public BenchmarkResult Run(BenchmarkSettings settings) => RunAsync(settings).GetAwaiter().GetResult();

    private static async Task<BenchmarkResult> RunAsync(BenchmarkSettings settings)
    {
        var details = new List<string>
        {
            "| database | figure | n | median late | p95 late | max late | earliest |",
            "|---|---|---:|---:|---:|---:|---:|",
        };
        var worst = double.MinValue;
        var worstByRound = new List<double>();
        await using var postgres = await PostgresServer.StartAsync();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            var product = new List<double>();
            var bare = new List<double>();
            for (var round = 0; round < settings.Runs; round++)
            {
                using var folder = new ScratchFolder();
                var productLate = await RoundAsync("product", provider, folder.File("product"),
                    provider == DatabaseProvider.PostgreSql ? await postgres.CreateDatabaseAsync() : null);
                var bareLate = await RoundAsync("bare", provider, folder.File("bare"),
                    provider == DatabaseProvider.PostgreSql ? await postgres.CreateDatabaseAsync() : null);
                product.AddRange(productLate);
                bare.AddRange(bareLate);
                worstByRound.Add(productLate.Max());
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{provider} round {round + 1}: product {Median(productLate):0.000} s median, {productLate.Max():0.000} s max; bare {Median(bareLate):0.000} s median, {bareLate.Max():0.000} s max (load {MachineLoad.Now()})"));
            }
            details.Add(Row(provider, "product: cycle step taken (WindowOpened)", product));
            details.Add(Row(provider, "baseline: bare Hangfire delayed job started", bare));
            worst = Math.Max(worst, product.Max());
        }

        return new BenchmarkResult("scheduling", "steps", [], "worst product lateness (s)", worst, worstByRound,
            $"every step ≤ {GoalSeconds:0} s late", worst <= GoalSeconds,
        [
            $"{settings.Runs} rounds per database, {SchedulingRound.StepsPerRound} steps (product: cycles whose windows open at one instant) or no-op jobs (bare) due at one instant per round; each round in its own process on a fresh database, product then bare.",
            "The timings table above is empty by design: the figures are the lateness table (seconds after the instant; negative is early).",
            "The list after the goal holds each round's worst product lateness in seconds (SQLite rounds, then PostgreSQL), not ratios: a ratio of latenesses means nothing when the bare median is near 0 s.",
            "Product: the whole service (ServiceHost) with shipped settings (Scheduler:SchedulePollingMilliseconds 1000, QueuePollMilliseconds 1000, WorkerCount 4) and a simulated clock that ticks in real time; lateness is the WindowOpened event's instant minus 09:00.",
            "Bare: Hangfire 1.8 BackgroundJobServer (SchedulePollingInterval 1 s, 4 workers) on Hangfire.Storage.SQLite or Hangfire.PostgreSql (QueuePollInterval 1 s); lateness is the job's start minus its instant.",
        ],
        Heading: $"{SchedulingRound.StepsPerRound} steps at one instant × {settings.Runs} rounds, SQLite and PostgreSQL",
        Details: details);
    }

    /// <summary>Runs one round in a child process of this harness and reads its <c>late SECONDS</c> lines.</summary>
    private static async Task<List<double>> RoundAsync(string kind, DatabaseProvider provider, string folder, string? connectionString)
    {
        Directory.CreateDirectory(folder);
        var start = SelfInvocation();
        start.ArgumentList.Add(SchedulingRound.Verb);
        start.ArgumentList.Add(kind);
        start.ArgumentList.Add(provider.ToString());
        start.ArgumentList.Add(folder);
        if (connectionString is not null) start.ArgumentList.Add(connectionString);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start a scheduling round");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{kind} round on {provider} exited {process.ExitCode}: {await stderr}");
        var late = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("late ", StringComparison.Ordinal))
            .Select(l => double.Parse(l[5..], CultureInfo.InvariantCulture)).ToList();
        if (late.Count != SchedulingRound.StepsPerRound)
            throw new InvalidOperationException($"{kind} round on {provider} reported {late.Count} of {SchedulingRound.StepsPerRound} steps: {await stderr}");
        return late;
    }

    /// <summary>This harness again: its apphost, or `dotnet harness.dll` when it was started that way.</summary>
    private static ProcessStartInfo SelfInvocation()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the harness cannot find its own executable");
        if (!Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return new ProcessStartInfo(host);
        var start = new ProcessStartInfo(host);
        start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        return start;
    }

    private static string Row(DatabaseProvider provider, string figure, List<double> late) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {figure} | {late.Count} | {Median(late):0.00} s | {Percentile(late, 0.95):0.00} s | {late.Max():0.00} s | {late.Min():0.00} s |");

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
