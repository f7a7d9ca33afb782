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

        var screening = new Series($"product: facts from roster rows + ScreeningService.Screen ({templateFile})", settings.Rows);
        var parse = new Series("baseline: RosterFile.Parse of the same roster file", settings.Rows);
        RosterFile.Parse(warmup.Csv);
        Screen(service, scheme, warmup.Records, warmupStatements);
        IReadOnlyList<ScreeningRow> rows = [];
        for (var i = 0; i < settings.Runs; i++)
        {
            rows = [];   // the previous run's verdicts would otherwise sit in the parse run's working set
            parse.Add(Measure.Once(() => RosterFile.Parse(roster.Csv)));
            screening.Add(Measure.Once(() => rows = Screen(service, scheme, records, statements)));
        }
        if (rows.Count != records.Count) throw new InvalidOperationException($"Screened {rows.Count} of {records.Count} employees.");

        var ratio = screening.Median.Elapsed / parse.Median.Elapsed;
        var kinds = rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ChineseName()} {g.Count():N0}");
        var traces = rows.Sum(r => r.Verdict.Routes.Sum(route => route.Results.Count));
        var byRun = screening.PairedWith(parse, (s, p) => s.Elapsed / p.Elapsed);
        return new BenchmarkResult(Name, "employees", [screening, parse], "screening time ÷ parse time", ratio, byRun, $"≤ {Goal:0.0}", ratio <= Goal,
        [
            $"Scheme: {scheme.Title} ({scheme.Id}), {scheme.Eligibility.Conditions.Count} conditions, {scheme.Eligibility.Routes.Count} routes, " +
            $"{scheme.Eligibility.PriorityMarkers.Count} priority markers; window closes {WindowClose:yyyy-MM-dd}.",
            $"Verdicts of the last run: {string.Join("、", kinds)}; {traces:N0} condition traces kept (every route of every employee).",
            "Screening timing covers building ApplicantFacts from each parsed roster record plus HR's generated statement " +
            "(EmployeeFactRecords.ApplyTo for appraisals and achievements) and ScreeningService.Screen; parsing is not inside it.",
            "Parse timing covers RosterFile.Parse on the CSV bytes in memory: decoding, CsvHelper reading and row validation.",
            "The two alternate run by run, so load from other work on the machine hits both alike.",
        ]);
    }

    private static IReadOnlyList<ScreeningRow> Screen(
        ScreeningService service, Scheme scheme, IReadOnlyList<EmployeeRecord> records, Dictionary<string, HrStatement> statements) =>
        service.Screen(scheme, records.Select(r => RosterApplicantFacts.From(r, statements[r.EmployeeNumber])), WindowClose);

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
