using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Plugins.Abstractions;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Benchmarks.Export;

/// <summary>
/// The national certificate-data adapter (through the plug-in loader, as the product runs it) against a bare
/// CsvHelper 34 write of the same cells, both GB18030 with CR LF into a null stream, rows built beforehand so only
/// writing is timed. Goal: the adapter reaches at least 0.7 of CsvHelper's rows per second.
/// </summary>
public static class ExportBenchmark
{
    public const double Goal = 0.7;

    public static void Run(TextWriter output, int rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var adapter = LoadNationalAdapter();
        var options = new ExportOptions { Format = ExportFormat.Gb18030CrLf, StageNames = ["业绩评审", "口头答辩"] };
        var data = Rows(rows);

        // Warm-up: JIT and encoder tables.
        Adapter(adapter, options, data.AsSpan(0, Math.Min(rows, 10_000)).ToArray());
        Bare(options, data.AsSpan(0, Math.Min(rows, 10_000)).ToArray());

        var adapterSeconds = Time(() => Adapter(adapter, options, data));
        var bareSeconds = Time(() => Bare(options, data));
        var adapterRate = rows / adapterSeconds;
        var bareRate = rows / bareSeconds;
        var ratio = adapterRate / bareRate;
        output.WriteLine($"export: {rows:N0} rows, national adapter {adapterRate:N0} rows/s ({adapterSeconds:F2} s), " +
            $"bare CsvHelper {bareRate:N0} rows/s ({bareSeconds:F2} s), ratio {ratio:F2} (goal ≥ {Goal:F1}) {(ratio >= Goal ? "OK" : "BELOW GOAL")}");
    }

    private static void Adapter(IExportAdapter adapter, ExportOptions options, ExportRow[] rows) =>
        adapter.Write(rows, Stream.Null, options);

    private static void Bare(ExportOptions options, ExportRow[] rows)
    {
        using var text = new StreamWriter(Stream.Null, options.Format!.CreateEncoding(), 64 * 1024) { NewLine = "\r\n" };
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["证书编号", "姓名", "证件类型", "证件号码", "性别", "出生日期", "文化程度", "职业编码", "职业名称", "工种", "等级",
            "等级代码", "发证日期", "评价机构名称", "评价机构代码", "业绩评审成绩", "口头答辩成绩"]);
        var cells = new string[17];
        foreach (var r in rows)
        {
            cells[0] = r.CertificateNumber!; cells[1] = r.Name!; cells[2] = r.IdType!; cells[3] = r.IdNumber!; cells[4] = r.Gender!;
            cells[5] = Date(r.BirthDate); cells[6] = r.Education!; cells[7] = r.OccupationCode!; cells[8] = r.OccupationName!;
            cells[9] = r.WorkType!; cells[10] = r.LevelName!; cells[11] = r.LevelCode!; cells[12] = Date(r.IssueDate);
            cells[13] = r.EvaluatorName!; cells[14] = r.EvaluatorCode!;
            cells[15] = Score(r.StageScores.GetValueOrDefault("业绩评审"));
            cells[16] = Score(r.StageScores.GetValueOrDefault("口头答辩"));
            csv.WriteRecord(cells);
        }
        csv.Flush();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Score(decimal? s) => s?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static ExportRow[] Rows(int count)
    {
        string[] names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"];
        var scores = new Dictionary<string, decimal?> { ["业绩评审"] = 85.5m, ["口头答辩"] = 90m };
        var rows = new ExportRow[count];
        for (var i = 0; i < count; i++)
            rows[i] = new ExportRow
            {
                CertificateNumber = $"Y00003200012326T{i % 999_999 + 1:000000}",
                Name = names[i % names.Length], IdType = "居民身份证", IdNumber = $"11010519800101{i % 1000:000}X",
                Gender = i % 2 == 0 ? "男" : "女", BirthDate = new DateOnly(1980, 1, 1).AddDays(i % 5000), Education = "大专",
                OccupationCode = "6-18-01-01", OccupationName = "车工", WorkType = "数控车工", LevelName = "特级技师", LevelCode = "T",
                IssueDate = new DateOnly(2026, 11, 20), EvaluatorName = "甲机械有限公司", EvaluatorCode = "Y000032000123",
                StageScores = scores,
            };
        return rows;
    }

    /// <summary>The packs beside this program, else those the Worker build copied beside the executable.</summary>
    private static IExportAdapter LoadNationalAdapter()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "plugins");
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var worker = RepositoryRoot.File("src", "Enterprise.Eval.Worker", "bin", baseDir.Parent!.Name, baseDir.Name, "plugins");
        var folder = Directory.Exists(here) ? here : Directory.Exists(worker) ? worker : RepositoryRoot.File("src", "Enterprise.Eval.Worker", "bin", "Debug", "net10.0", "plugins");
        var catalog = new PluginLoader().Load(folder);
        return catalog.Find("national") ?? throw new InvalidOperationException(
            $"The national adapter was not loaded from {folder}: {string.Join("; ", catalog.Failures)}");
    }
}
