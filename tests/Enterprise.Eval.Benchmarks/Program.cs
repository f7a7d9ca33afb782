using System.Globalization;
using Enterprise.Eval.Benchmarks.Harness;

// dotnet run -c Release --project tests/Enterprise.Eval.Benchmarks -- <name|all> [--rows N] [--runs N] [--clients N] [--database sqlite|postgres]
// A plain harness rather than System.CommandLine: three options, and nothing here is user-facing product text.
// The scheduling benchmark runs each of its rounds in a fresh process of this harness (Hangfire's globals are static).
if (args.Length > 0 && args[0] == Enterprise.Eval.Benchmarks.Scheduling.SchedulingRound.Verb)
    return Enterprise.Eval.Benchmarks.Scheduling.SchedulingRound.Run(args[1..]);
var names = new List<string>();
var rows = BenchmarkSettings.DefaultRows;
var runs = BenchmarkSettings.DefaultRuns;
var clients = BenchmarkSettings.DefaultClients;
var rowsGiven = false;
var database = "sqlite";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rows" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0:
            rows = r; rowsGiven = true; i++; break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            runs = n; i++; break;
        case "--clients" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0:
            clients = c; i++; break;
        case "--database" when i + 1 < args.Length && args[i + 1] is "sqlite" or "postgres":
            database = args[i + 1]; i++; break;
        case var a when !a.StartsWith('-'):
            names.Add(a); break;
        default:
            return Usage($"unknown or incomplete option '{args[i]}'");
    }
}
if (names.Count == 0) return Usage("name a benchmark");

var selected = new List<IBenchmark>();
foreach (var name in names)
{
    // The export benchmark (issue 7) reports its own single line: 1,000,000 rows by default, both sides timed once each.
    if (name.Equals("export", StringComparison.OrdinalIgnoreCase))
        Enterprise.Eval.Benchmarks.Export.ExportBenchmark.Run(Console.Out, args.Contains("--rows") ? rows : 1_000_000);
    else if (name.Equals("all", StringComparison.OrdinalIgnoreCase)) selected.AddRange(BenchmarkCatalog.All);
    else if (BenchmarkCatalog.Find(name) is { } benchmark) selected.Add(benchmark);
    else return Usage($"unknown benchmark '{name}'");
}

#if DEBUG
Console.Error.WriteLine("warning: Debug build; figures are only meaningful with -c Release.");
#endif
var settings = BenchmarkSettings.For(rows, runs) with { Clients = clients, RowsGiven = rowsGiven, Database = database };
Console.WriteLine($"Enterprise.Eval benchmarks, .NET {Environment.Version}, {Environment.ProcessorCount} logical CPUs, " +
                  $"server GC {System.Runtime.GCSettings.IsServerGC}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var failed = 0;
foreach (var benchmark in selected.Distinct())
{
    var loadBefore = MachineLoad.Now();
    var result = benchmark.Run(settings);
    ResultPrinter.Print(Console.Out, result, settings, loadBefore, MachineLoad.Now());
    if (!result.GoalMet) failed++;
}
// The exit code reports whether every goal was met, so a script can tell without parsing the table.
return failed == 0 ? 0 : 2;

static int Usage(string problem)
{
    Console.Error.WriteLine($"error: {problem}");
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Enterprise.Eval.Benchmarks -- <name|all>... [--rows N] [--runs N] [--clients N] [--database sqlite|postgres]");
    foreach (var b in BenchmarkCatalog.All) Console.Error.WriteLine($"  {b.Name,-10} {b.Description}");
    Console.Error.WriteLine("  export     national export adapter vs bare CsvHelper write, 1,000,000 rows (not part of `all`)");
    return 1;
}
