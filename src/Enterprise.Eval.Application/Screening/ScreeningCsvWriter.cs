using CsvHelper;
using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Application.Screening;

/// <summary>
/// Writes the screening table for HR (Chinese headers, one row per applicant). Formula-like text is escaped
/// (OWASP CSV injection). The table carries no ID or phone numbers.
/// </summary>
public sealed class ScreeningCsvWriter
{
    public static readonly string[] Headers =
        ["工号", "姓名", "结论", "申报途径", "放宽条件", "优先考虑", "待确认事项", "缺少信息", "不符合原因", "说明", "计算基准日"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public void Write(IEnumerable<ScreeningRow> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        Write(rows, csv);
    }

    /// <summary>Writes a file for spreadsheet programs: UTF-8 with a byte order mark, so Excel reads the Chinese.</summary>
    public void WriteFile(IEnumerable<ScreeningRow> rows, string path)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var csv = CsvWriter.ToFile(path, Options with { WriteByteOrderMark = true });
        Write(rows, csv);
    }

    private static void Write(IEnumerable<ScreeningRow> rows, CsvWriter csv)
    {
        csv.WriteRecord(Headers);
        foreach (var row in rows)
        {
            var v = row.Verdict;
            csv.WriteRecord(
            [
                row.EmployeeNumber,
                row.Name ?? "",
                v.Kind.ChineseName(),
                v.Route?.Name ?? "",
                string.Join("；", v.WaivedNames),
                string.Join("；", v.PriorityReasons),
                string.Join("；", v.PendingAttestationNames),
                string.Join("；", v.MissingFacts),
                string.Join("；", v.FailingReasons),
                v.Summary,
                v.ReferenceDate.ToString("yyyy-MM-dd"),
            ]);
        }
        csv.Flush();
    }
}
