using System.Globalization;
using CsvHelper;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The authority's list of bans and credit records (issue 19 point 5: 江苏 004 四(三) 五年内不得申请或参与, 南通 002 二(六)
/// 记入诚信记录), imported for the enterprise's staff: one row per record with 工号, 类型 (禁止申报 or 诚信记录), 开始日期,
/// 结束日期, 原因 and, optionally, 认定机关. A ban then counts against every application and committee seat as one made
/// here; a credit record is shown and bars nothing. All or nothing: a file with any error stores no record; a row
/// already stored (same person, kind, dates and reason) is left as it is, so importing the same list again adds nothing.
/// </summary>
public sealed class MisconductRecordImport(IEvalDbContext db, TimeProvider clock)
{
    public const string MalformedCode = "EVAL-BAN-001";
    public const string MissingColumnCode = "EVAL-BAN-002";
    public const string UnknownEmployeeCode = "EVAL-BAN-003";
    public const string UnknownKindCode = "EVAL-BAN-004";
    public const string BadDateCode = "EVAL-BAN-005";
    public const string NoReasonCode = "EVAL-BAN-006";

    private static readonly string[] Required = ["工号", "类型", "开始日期", "结束日期", "原因"];

    public async Task<MisconductImportResult> ImportAsync(Guid enterpriseId, byte[] file, string? encoding, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        string text;
        try { text = TextFileDecoder.Decode(file, encoding); }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or ArgumentException)
        {
            return Failed(new ImportError(0, "", MalformedCode, $"文件无法按所选编码读取：{e.Message}"));
        }
        var employees = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId)
            .Select(e => new { e.Id, e.EmployeeNumber }).ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal, ct);
        var (rows, errors) = Parse(text.Replace("\uFEFF", ""), employees);
        if (errors.Count > 0) return new MisconductImportResult(0, 0, errors);

        var ids = rows.Select(r => r.EmployeeId).Distinct().ToList();
        var stored = await db.Bans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId && ids.Contains(b.EmployeeId)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var r in rows)
        {
            if (stored.Any(b => b.EmployeeId == r.EmployeeId && b.Kind == r.Kind && b.StartsOn == r.StartsOn && b.EndsOn == r.EndsOn && b.Reason == r.Reason))
                continue;
            db.Bans.Add(BanRecord.FromAuthority(enterpriseId, r.EmployeeId, r.StartsOn, r.EndsOn, r.Kind, r.Reason, now, actor));
            added++;
        }
        await db.SaveChangesAsync(actor, ct);   // BanRecorded: each record's audit
        return new MisconductImportResult(added, rows.Count - added, []);
    }

    private static (List<Row> Rows, List<ImportError> Errors) Parse(string text, IReadOnlyDictionary<string, Guid> employees)
    {
        var rows = new List<Row>();
        var errors = new List<ImportError>();
        using var csv = CsvReader.Create(new StringReader(text), CsvReaderOptions.Default with { TrimWhitespace = true }, leaveOpen: false);
        try
        {
            if (csv.Headers.Count == 0) return (rows, [new ImportError(0, "", MalformedCode, "文件为空或缺少表头")]);
            var missing = Required.Where(c => !csv.TryGetFieldIndex(c, out _)).ToList();
            if (missing.Count > 0)
                return (rows, [.. missing.Select(c => new ImportError(0, c, MissingColumnCode, $"缺少必需的列“{c}”"))]);
            var line = 0;   // data rows, numbered from 1 as in the other imports' error tables
            while (csv.Read())
            {
                line++;
                if (csv.FieldCount != csv.Headers.Count)
                {
                    errors.Add(new ImportError(line, "", MalformedCode, $"第{line}行有{csv.FieldCount}列，表头有{csv.Headers.Count}列"));
                    continue;
                }
                string Field(string column) => csv.TryGetFieldIndex(column, out var i) && i < csv.FieldCount ? csv.GetString(i).Trim() : "";
                var number = Field("工号");
                if (!employees.TryGetValue(number, out var employeeId))
                    errors.Add(new ImportError(line, "工号", UnknownEmployeeCode, $"花名册中没有工号“{number}”"));
                MisconductRecordKind? kind = Field("类型") switch
                {
                    "禁止申报" => MisconductRecordKind.Ban,
                    "诚信记录" => MisconductRecordKind.CreditRecord,
                    _ => null,
                };
                if (kind is null) errors.Add(new ImportError(line, "类型", UnknownKindCode, $"类型“{Field("类型")}”无效：应为“禁止申报”或“诚信记录”"));
                var starts = Date(Field("开始日期"), line, "开始日期", errors);
                var ends = Date(Field("结束日期"), line, "结束日期", errors);
                if (starts is { } s && ends is { } e && e < s)
                    errors.Add(new ImportError(line, "结束日期", BadDateCode, "结束日期早于开始日期"));
                var reason = Field("原因");
                if (reason.Length == 0) errors.Add(new ImportError(line, "原因", NoReasonCode, "原因不能为空"));
                var authority = Field("认定机关");
                if (errors.Count == 0)
                    rows.Add(new Row(employeeId, kind!.Value, starts!.Value, ends!.Value, authority.Length > 0 ? $"{reason}（{authority}）" : reason));
            }
            if (line == 0) errors.Add(new ImportError(0, "", MalformedCode, "文件中没有数据行"));
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ImportError(0, "", MalformedCode, $"CSV 格式错误：{e.Message}"));
        }
        return (rows, errors);
    }

    private static DateOnly? Date(string text, int line, string column, List<ImportError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(new ImportError(line, column, BadDateCode, $"“{text}”不是日期：应写作 2026-06-30"));
        return null;
    }

    private static MisconductImportResult Failed(ImportError error) => new(0, 0, [error]);

    private sealed record Row(Guid EmployeeId, MisconductRecordKind Kind, DateOnly StartsOn, DateOnly EndsOn, string Reason);
}

/// <summary>What an import stored: records added, rows already on record; or the errors, and nothing stored.</summary>
public sealed record MisconductImportResult(int Added, int AlreadyRecorded, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
