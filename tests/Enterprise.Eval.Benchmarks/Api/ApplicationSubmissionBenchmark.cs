using System.Diagnostics;
using System.Globalization;
using Enterprise.Eval.Benchmarks.Harness;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// Issue 10: application submission through the real HTTP API under concurrency on loopback. C clients (default 16)
/// post N applications (default 2,000) for distinct qualifying employees to /api/cycles/{id}/applications of the real
/// service; the same clients post the same bodies to a bare minimal API that inserts one SQLite row. Product and bare
/// runs alternate after a warm-up of both. Reports requests per second and p50/p99 latency, and checks that every
/// response was 201 and that each database holds every application.
/// </summary>
internal sealed class ApplicationSubmissionBenchmark : IBenchmark
{
    public const int DefaultRequests = 2_000;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Name => "api";

    public string Description => "POST /api/cycles/{id}/applications on the real service (Kestrel loopback, SQLite or PostgreSQL) vs bare minimal API + INSERT on the same database engine";

    public BenchmarkResult Run(BenchmarkSettings settings) => RunAsync(settings).GetAwaiter().GetResult();

    private async Task<BenchmarkResult> RunAsync(BenchmarkSettings settings)
    {
        // --rows sizes the run when given; the harness's 100,000-row default suits files, not HTTP requests.
        var requests = settings.RowsGiven ? settings.Rows : DefaultRequests;
        // A quarter of a run, at most 500: with fewer the first measured product run was still 1.5–2.5 × slower (JIT tiering).
        var warmup = Math.Clamp(requests / 4, 50, 500);
        var clients = settings.Clients;
        var roster = QualifyingRoster.Generate(warmup + settings.Runs * requests);
        var numbers = roster.Records.Select(r => r.EmployeeNumber).ToList();
        var bodies = SubmissionBodies.For(numbers, roster.Records.ToDictionary(r => r.EmployeeNumber, r => r.Department));

        using var scratch = new ScratchFolder();
        var onPostgres = settings.Database == "postgres";
        // Product and bare on one private server (its own databases each), so both pay the same engine and settings.
        await using var postgres = onPostgres ? await Enterprise.Eval.TestKit.PostgresServer.StartAsync() : null;
        await using var product = await ProductApi.StartAsync(scratch.Path, roster.Csv, onPostgres ? await postgres!.CreateDatabaseAsync() : null);
        await using var bare = onPostgres
            ? await BareApi.StartPostgresAsync(await postgres!.CreateDatabaseAsync())
            : await BareApi.StartSqliteAsync(scratch.Path);
        using var statements = new StatementCounter();
        using var productLoad = new SubmissionLoad(product.Address, product.ApplicationsPath, product.ApiKey, clients);
        using var bareLoad = new SubmissionLoad(bare.Address, product.ApplicationsPath, product.ApiKey, clients);
        var mailAfterOpening = TimeSpan.FromMinutes(5);
        await product.WaitForMailAsync(mailAfterOpening);
        var mailsAtOpening = product.CountSentMail();

        // Warm-up: the JIT, EF Core's model and query cache, Kestrel's and the client's connections, SQLite's pages.
        productLoad.Post(bodies[..warmup]);
        bareLoad.Post(bodies[..warmup]);
        Ensure("product", product.CountApplications(), product.CountDistinctApplicants(), warmup);
        Ensure("bare", bare.CountApplications(), bare.CountDistinctApplicants(), warmup);

        var productSeries = new Series($"product: real service, POST /api/cycles/{{id}}/applications, {clients} clients", requests);
        var bareSeries = new Series($"baseline: bare minimal API, bind body + one INSERT, {clients} clients", requests);
        var productLatency = new List<LatencySummary>();
        var bareLatency = new List<LatencySummary>();
        // Process CPU per request (server, clients and all): steadier than wall time when the machine is shared.
        var productCpu = new List<double>();
        var bareCpu = new List<double>();
        var productStatements = new List<double>();
        var bareStatements = new List<double>();
        for (var run = 0; run < settings.Runs; run++)
        {
            var slice = bodies[(warmup + run * requests)..(warmup + (run + 1) * requests)];
            var expected = warmup + (run + 1) * requests;

            // Each side starts with the service idle: the mails of earlier requests are sent before timing starts.
            await product.WaitForMailAsync(mailAfterOpening);
            long[] latencies = [];
            var cpu = TimeSpan.Zero;
            var statementsBefore = statements.Count;
            productSeries.Add(Measure.Once(() => cpu = CpuOf(() => latencies = productLoad.Post(slice))));
            productStatements.Add((double)(statements.Count - statementsBefore) / requests);
            productLatency.Add(LatencySummary.Of(latencies));
            productCpu.Add(cpu.TotalMilliseconds / requests);
            Ensure("product", product.CountApplications(), product.CountDistinctApplicants(), expected);

            await product.WaitForMailAsync(mailAfterOpening);
            var bareBefore = BareApi.Statements;
            bareSeries.Add(Measure.Once(() => cpu = CpuOf(() => latencies = bareLoad.Post(slice))));
            bareStatements.Add((double)(BareApi.Statements - bareBefore) / requests);
            bareLatency.Add(LatencySummary.Of(latencies));
            bareCpu.Add(cpu.TotalMilliseconds / requests);
            Ensure("bare", bare.CountApplications(), bare.CountDistinctApplicants(), expected);
        }
        await product.WaitForMailAsync(mailAfterOpening);

        var ratio = productSeries.ItemsPerSecond / bareSeries.ItemsPerSecond;
        var byRun = productSeries.PairedWith(bareSeries, (p, b) => b.Elapsed / p.Elapsed);
        var productP99 = Median(productLatency.Select(l => l.P99));
        var bareP99 = Median(bareLatency.Select(l => l.P99));
        var p99Ratio = productP99 / bareP99;
        var p99ByRun = productLatency.Zip(bareLatency, (p, b) => p.P99 / b.P99).ToList();
        return new BenchmarkResult(Name, "requests", [productSeries, bareSeries], "product requests/s ÷ bare requests/s", ratio, byRun,
            "issue 16: throughput ≥ 0.4 × bare (both databases) and p99 ≤ 4 × bare (SQLite, 16 clients); every response 201 and every application stored once, or the run fails",
            GoalMet: ratio >= 0.4 && (onPostgres || clients != 16 || p99Ratio <= 4),
        [
            $"p99 ratio (product p99 ÷ bare p99, medians of the runs' p99) = {p99Ratio.ToString("0.00", Invariant)}; by run pair: {string.Join(", ", p99ByRun.Select(r => r.ToString("0.00", Invariant)))}.",
            $"Each run: {requests:N0} POSTs for distinct employees, {clients} concurrent clients (HttpClient, HTTP/1.1 keep-alive, one connection per client) in this process; latency from sending to the whole response read. Warm-up: {warmup:N0} POSTs to each side.",
            $"Database: {(onPostgres ? "PostgreSQL (private server from the test kit, fsync=off as for the tests; product and bare in separate databases on it, Npgsql pools of 50)" : "SQLite files, WAL, the product's connection settings on both sides")}. SQL statements per request (EF Core commands in the process during the run ÷ requests; the bare handler counts its one INSERT): product {Median(productStatements).ToString("0.0", Invariant)} (runs {string.Join(", ", productStatements.Select(v => v.ToString("0.0", Invariant)))}), bare {Median(bareStatements).ToString("0.0", Invariant)}.",
            $"Product: the Worker's ServiceHost (API, Hangfire beside the same database, mail dispatcher, Kestrel on 127.0.0.1:{product.Address.Port}) over a fresh database, simulated clock ticking from 2026-06-10 9:00:01 China time (window 10 June 9:00 – 12 June 16:00; cycle status {product.CycleStatus}). Seeded through its API: enterprise, roster of {roster.Records.Count:N0} 高级技师 held since 2020 or earlier, 江苏 特级技师 template (year 2026) published, cycle created; the scheduler's window opening queued and sent {mailsAtOpening:N0} mails before the warm-up.",
            "Each product request: API key check, cycle + scheme load, employee, bans, duplicate and quota checks, screening with the full trace, audit record sealed into the hash chain, 'application received' mail rendered into the outbox, one SaveChanges (transaction), then the application re-read for the 201 body.",
            "Mail: pickup folder, unpaced (Mail:MessagesPerSecond=0); before every run (product or bare) the benchmark waits until the outbox is empty, so mail sending of earlier runs is not billed to the next; the dispatcher may send this run's mails while it runs (it polls every 5 s).",
            "Bare: a new pooled connection and one autocommit INSERT per request (SQLite: the product's connection string and per-connection pragmas; PostgreSQL: Npgsql on the same server), body bound to the product's ApplicationBody, 201 with a small JSON body.",
            "Checked after every run: every response 201 Created; the product's applications table and the bare table hold warm-up + runs so far × N rows, each for a different employee (none missing, none doubled). Allocated bytes and GC figures cover the whole process (server, clients and the other host idle).",
        ],
        Heading: $"{requests.ToString("N0", Invariant)} requests per run, {clients} concurrent clients, median of {settings.Runs} runs (warm-up {warmup.ToString("N0", Invariant)} requests)",
        Details: LatencyTable(productSeries, productLatency, productCpu, bareSeries, bareLatency, bareCpu, p99Ratio));
    }

    private static List<string> LatencyTable(
        Series product, List<LatencySummary> productRuns, List<double> productCpu, Series bare, List<LatencySummary> bareRuns, List<double> bareCpu, double p99Ratio)
    {
        string Ms(double ms) => ms.ToString("0.0", Invariant) + " ms";
        string Row(Series s, List<LatencySummary> runs, List<double> cpu) =>
            $"| {s.Label} | {s.ItemsPerSecond.ToString("N0", Invariant)} | {Ms(Median(runs.Select(r => r.P50)))} | {Ms(Median(runs.Select(r => r.P99)))} | " +
            $"{Ms(runs.Max(r => r.Max))} | {Ms(Median(cpu))} | {string.Join(", ", runs.Select(r => $"{Ms(r.P50)} / {Ms(r.P99)}"))} |";
        return
        [
            "| latency | requests/s (median run) | p50 (median of runs) | p99 (median of runs) | max (all runs) | process CPU per request (median) | p50 / p99 of each run |",
            "|---|---:|---:|---:|---:|---:|---|",
            Row(product, productRuns, productCpu),
            Row(bare, bareRuns, bareCpu),
            "",
            $"**p99 latency product ÷ bare = {p99Ratio.ToString("0.00", Invariant)}**; process CPU per request product ÷ bare = " +
            (Median(productCpu) / Median(bareCpu)).ToString("0.0", Invariant),
        ];
    }

    private static TimeSpan CpuOf(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Ensure(string side, long count, long distinctApplicants, int expected)
    {
        if (count != expected) throw new InvalidOperationException($"The {side} database holds {count} applications, expected {expected}.");
        if (distinctApplicants != count)
            throw new InvalidOperationException($"The {side} database holds {count} applications for only {distinctApplicants} employees: some were stored twice.");
    }
}
