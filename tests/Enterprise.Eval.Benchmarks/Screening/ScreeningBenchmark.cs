using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Application.Screening;
using Enterprise.Eval.Benchmarks.Harness;
using Enterprise.Eval.Benchmarks.Roster;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Benchmarks.Screening;

/// <summary>
/// Issue 3: screening a whole roster against the 江苏 特级技师 template, every verdict with its full per-route trace,
/// beside the time to parse the same roster file. Goal: screening takes no longer than that parse.
/// </summary>
internal sealed class ScreeningBenchmark : IBenchmark
{
    private static readonly DateOnly WindowClose = new(2026, 6, 30);
    private const double Goal = 1.0;

    public string Name => "screening";

    public string Description => "screening a roster against the 江苏 特级技师 template vs parsing the same roster file";

    public BenchmarkResult Run(BenchmarkSettings settings)
    {
        var (scheme, templateFile) = JiangsuGrandTechnician();
        var roster = RosterGenerator.Generate(settings.Rows);
        var records = RosterParseCheck.EnsureParsesBack(roster);
        var statements = HrStatementGenerator.Generate(records);
        var warmup = RosterGenerator.Generate(settings.WarmupRows, seed: 7);
        var warmupStatements = HrStatementGenerator.Generate(warmup.Records);
        var service = new ScreeningService();

        var screening = new Series($"product: facts from roster rows + ScreeningService.ScreenEach, streamed ({templateFile})", settings.Rows);
        var parse = new Series("baseline: RosterFile.Parse of the same roster file", settings.Rows);
        // Two ways of using the product, timed apart: keeping every verdict in memory, and the streamed CSV table.
        var kept = new Series("part of the product: ScreeningService.Screen, all verdicts kept in a list", settings.Rows);
        var table = new Series("part of the product: ScreenEach streamed into ScreeningCsvWriter (TextWriter.Null)", settings.Rows);
        RosterFile.Parse(warmup.Csv);
        Tally(service.ScreenEach(scheme, Facts(warmup.Records, warmupStatements), WindowClose));
        service.Screen(scheme, Facts(warmup.Records, warmupStatements), WindowClose);
        new ScreeningCsvWriter().Write(service.ScreenEach(scheme, Facts(warmup.Records, warmupStatements), WindowClose), TextWriter.Null);
        var tally = new ScreeningTally();
        IReadOnlyList<ScreeningRow> rows = [];
        for (var i = 0; i < settings.Runs; i++)
        {
            rows = [];   // the previous run's verdicts would otherwise sit in the other runs' working set
            parse.Add(Measure.Once(() => RosterFile.Parse(roster.Csv)));
            screening.Add(Measure.Once(() => tally = Tally(service.ScreenEach(scheme, Facts(records, statements), WindowClose))));
            kept.Add(Measure.Once(() => rows = service.Screen(scheme, Facts(records, statements), WindowClose)));
            if (rows.Count != records.Count) throw new InvalidOperationException($"Kept {rows.Count} of {records.Count} verdicts.");
            rows = [];
            table.Add(Measure.Once(() => new ScreeningCsvWriter().Write(service.ScreenEach(scheme, Facts(records, statements), WindowClose), TextWriter.Null)));
        }
        if (tally.Employees != records.Count) throw new InvalidOperationException($"Screened {tally.Employees} of {records.Count} employees.");

        var ratio = screening.Median.Elapsed / parse.Median.Elapsed;
        var kinds = tally.ByKind.OrderBy(k => k.Key).Select(k => $"{k.Key.ChineseName()} {k.Value:N0}");
        var byRun = screening.PairedWith(parse, (s, p) => s.Elapsed / p.Elapsed);
        return new BenchmarkResult(Name, "employees", [screening, parse, kept, table], "screening time ÷ parse time", ratio, byRun, $"≤ {Goal:0.0}", ratio <= Goal,
        [
            $"Scheme: {scheme.Title} ({scheme.Id}), {scheme.Eligibility.Conditions.Count} conditions, {scheme.Eligibility.Routes.Count} routes, " +
            $"{scheme.Eligibility.PriorityMarkers.Count} priority markers; window closes {WindowClose:yyyy-MM-dd}.",
            $"Verdicts of the last run: {string.Join("、", kinds)}; {tally.Traces:N0} condition traces built (every route of every employee, " +
            "each trace complete and counted before the verdict is dropped).",
            "Screening timing covers building ApplicantFacts from each parsed roster record (Employee.Hire, then the product's ApplicantFactsBuilder) plus HR's generated statement " +
            "(EmployeeFactRecords.ApplyTo for appraisals and achievements) and ScreeningService.ScreenEach (scheme prepared once, " +
            "verdicts streamed: each is tallied, then dropped); parsing is not inside it.",
            "Parse timing covers RosterFile.Parse on the CSV bytes in memory: decoding, CsvHelper reading and row validation.",
            "The runs alternate (parse, streamed, kept, CSV table), so load from other work on the machine hits all alike.",
        ]);
    }

    private static IEnumerable<Domain.Eligibility.Facts.ApplicantFacts> Facts(IReadOnlyList<EmployeeRecord> records, Dictionary<string, HrStatement> statements) =>
        records.Select(r => RosterApplicantFacts.From(r, statements[r.EmployeeNumber]));

    // Reads everything a caller would read from a row (the verdict and its whole trace) and keeps only the counts.
    private static ScreeningTally Tally(IEnumerable<ScreeningRow> rows)
    {
        var tally = new ScreeningTally();
        foreach (var row in rows)
        {
            tally.Employees++;
            tally.ByKind[row.Kind] = tally.ByKind.GetValueOrDefault(row.Kind) + 1;
            foreach (var route in row.Verdict.Routes) tally.Traces += route.Results.Count;
        }
        return tally;
    }

    private static (Scheme Scheme, string File) JiangsuGrandTechnician()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryRoot.File("plugins", "Jiangsu", "templates"), "*.yaml").Order())
        {
            var parsed = SchemeFileParser.Parse(File.ReadAllText(path), Path.GetFileName(path));
            if (!parsed.IsValid)
                throw new InvalidOperationException($"{Path.GetFileName(path)} does not parse: {string.Join("; ", parsed.Errors.Take(3))}");
            if (parsed.Scheme!.TargetLevel == SkillLevel.GrandTechnician) return (parsed.Scheme, Path.GetFileName(path));
        }
        throw new InvalidOperationException("No 特级技师 template in plugins/Jiangsu/templates.");
    }
}
