using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Benchmarks.Harness;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>
/// Issue 2: importing a yearly roster through the real use case (RosterImporter with RosterStore on a migrated SQLite
/// file) against a bare prepared INSERT of the same rows. Goal: the product keeps at least half the bare rate.
/// Product and baseline runs alternate, so a burst of load from other work on the machine hits both alike.
/// </summary>
internal sealed class RosterImportBenchmark : IBenchmark
{
    private const double Goal = 0.5;

    public string Name => "roster";

    public string Description => "roster CSV import (RosterImporter + RosterStore, SQLite) vs bare prepared INSERT";

    public BenchmarkResult Run(BenchmarkSettings settings)
    {
        var roster = RosterGenerator.Generate(settings.Rows);
        var warmup = RosterGenerator.Generate(settings.WarmupRows, seed: 7);
        var records = RosterParseCheck.EnsureParsesBack(roster);
        using var scratch = new ScratchFolder();

        var product = new Series("product: RosterImporter + RosterStore on EvalDbContext (SQLite file)", settings.Rows);
        var bare = new Series("baseline: Microsoft.Data.Sqlite prepared INSERT, one transaction", settings.Rows);
        // Two parts of the product, timed apart, so a shortfall can be traced to parsing or to storing.
        var parse = new Series("part of the product: RosterFile.Parse alone", settings.Rows);
        var store = new Series("part of the product: RosterStore.UpsertAsync alone (records parsed before)", settings.Rows);
        var run = 0;
        ImportWithProduct(scratch.File($"{run++}.db"), warmup);
        InsertBare(scratch.File($"{run++}.db"), warmup);
        for (var i = 0; i < settings.Runs; i++)
        {
            product.Add(ImportWithProduct(scratch.File($"{run++}.db"), roster));
            bare.Add(InsertBare(scratch.File($"{run++}.db"), roster));
            parse.Add(Measure.Once(() => RosterFile.Parse(roster.Csv)));
            store.Add(StoreWithProduct(scratch.File($"{run++}.db"), records));
        }

        var ratio = product.ItemsPerSecond / bare.ItemsPerSecond;
        var byRun = product.PairedWith(bare, (p, b) => b.Elapsed / p.Elapsed);
        return new BenchmarkResult(Name, "rows", [product, bare, parse, store], "product rows/s ÷ bare rows/s", ratio, byRun,
            $"≥ {Goal:0.0}", ratio >= Goal,
        [
            $"Input: generated roster, {roster.Csv.Length / 1024d / 1024d:N1} MB of UTF-8 CSV with BOM, 19 columns; every row valid and parsed back equal to the generated records before timing.",
            "Product timing starts with the CSV bytes in memory and ends when the transaction (rows + audit records) has committed; it includes the enterprise lookup, decoding, parsing, validation, the upsert and the audit.",
            "Baseline timing covers opening the connection, one transaction, one prepared INSERT executed per row and the commit; the column values are built before timing.",
            "Each run writes a fresh file: the real migrations applied, journal_mode=WAL as DatabaseMigrator sets it, one registered enterprise; set-up is not timed.",
            "Row counts are checked after every run (both files must hold every row).",
        ]);
    }

    private static Measurement ImportWithProduct(string path, GeneratedRoster roster)
    {
        var options = BenchmarkDatabase.Options(path);
        var enterpriseId = BenchmarkDatabase.CreateAsync(options).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        RosterImportResult? result = null;
        var measurement = Measure.Once(() =>
        {
            using var db = BenchmarkDatabase.NewContext(options);
            var importer = new RosterImporter(db, new RosterStore(db, new AuditTrail(db, TimeProvider.System)));
            result = importer.ImportAsync(enterpriseId, roster.Csv, null, "benchmark").GetAwaiter().GetResult();
        });
        if (result is not { Succeeded: true, Summary.Inserted: var inserted } || inserted != roster.Records.Count)
            throw new InvalidOperationException($"The product import did not insert every row: {string.Join("; ", result?.Errors.Take(3) ?? [])}");
        SqliteConnection.ClearAllPools();
        EnsureRows(path, roster.Records.Count);
        return measurement;
    }

    private static Measurement StoreWithProduct(string path, IReadOnlyList<EmployeeRecord> records)
    {
        var options = BenchmarkDatabase.Options(path);
        var enterpriseId = BenchmarkDatabase.CreateAsync(options).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        var measurement = Measure.Once(() =>
        {
            using var db = BenchmarkDatabase.NewContext(options);
            new RosterStore(db, new AuditTrail(db, TimeProvider.System)).UpsertAsync(enterpriseId, records, "benchmark", null, default)
                .GetAwaiter().GetResult();
        });
        SqliteConnection.ClearAllPools();
        EnsureRows(path, records.Count);
        return measurement;
    }

    private static Measurement InsertBare(string path, GeneratedRoster roster)
    {
        var enterpriseId = BenchmarkDatabase.CreateAsync(BenchmarkDatabase.Options(path)).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        var insert = new BareRosterInsert(enterpriseId, roster.Records);
        var measurement = Measure.Once(() => insert.InsertInto(path));
        EnsureRows(path, roster.Records.Count);
        return measurement;
    }

    private static void EnsureRows(string path, int expected)
    {
        var count = BenchmarkDatabase.CountEmployees(path);
        if (count != expected) throw new InvalidOperationException($"{Path.GetFileName(path)} holds {count} employees, expected {expected}.");
    }
}
