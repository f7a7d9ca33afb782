using Enterprise.Eval.Application.Roster;
using CsvHelper;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Honours;

namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// Imports the facts CSV HR keeps: one row per appraisal, continuing-education year, honour, competition, award,
/// patent, paper … keyed by employee number. Validated like a roster: a file with any error yields the full error
/// list and no records, so nothing half-imported reaches screening. Each honour's title is read through the honour
/// vocabulary (family, canonical title, level) as it is imported; titles it does not understand come back as notices.
/// </summary>
public sealed class FactsCsvImporter(HonourVocabulary vocabulary)
{
    /// <summary>An importer without a vocabulary: every honour title is reported as unknown.</summary>
    public FactsCsvImporter() : this(HonourVocabulary.Empty) { }

    /// <summary>Imports an uploaded file: UTF-8 (with or without BOM) or GB18030, detected as for the roster.</summary>
    public FactsImportResult Import(ReadOnlySpan<byte> bytes, string? encoding = null)
    {
        string text;
        try { text = TextFileDecoder.Decode(bytes, encoding); }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or ArgumentException)
        {
            return Failed([new ImportError(0, "", FactsImportErrorCodes.Malformed, $"文件无法按所选编码读取：{e.Message}")]);
        }
        return Import(new StringReader(text.Replace("\uFEFF", "")));
    }

    /// <summary>
    /// Imports a file read as it streams from a seekable file or spooled upload (the HTTP import), by the same
    /// encoding rules as the byte overload, without holding the file or its text.
    /// </summary>
    public FactsImportResult Import(Stream seekable, string? encoding = null)
    {
        try { return TextFileDecoder.ReadText(seekable, encoding, Import); }
        catch (Exception e) when (e is ArgumentException || TextFileDecoder.IsDecodingFailure(e))
        {
            return Failed([new ImportError(0, "", FactsImportErrorCodes.Malformed, $"文件无法按所选编码读取：{e.Message}")]);
        }
    }

    public FactsImportResult Import(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ImportError>();
        var notices = new List<ImportError>();
        var appraisals = new Dictionary<string, Dictionary<int, AppraisalGrade>>(StringComparer.Ordinal);
        var courses = new Dictionary<string, Dictionary<int, bool>>(StringComparer.Ordinal);
        var achievements = new Dictionary<string, List<AchievementRecord>>(StringComparer.Ordinal);

        using var csv = CsvReader.Create(input, CsvReaderOptions.Default with { TrimWhitespace = true }, leaveOpen: true);
        try
        {
            var columns = MapColumns(csv, errors);
            if (columns is null) return Failed(errors);
            var rows = 0;
            while (csv.Read())
            {
                var line = ++rows;
                if (csv.FieldCount != csv.Headers.Count)
                {
                    errors.Add(new ImportError(line, "", FactsImportErrorCodes.FieldCount, $"第{line}行有{csv.FieldCount}列，表头有{csv.Headers.Count}列"));
                    continue;
                }
                string Field(string column) =>
                    columns.TryGetValue(column, out var index) && index < csv.FieldCount ? csv.GetString(index).Trim() : "";
                switch (new FactsRowParser(Field, line, errors).Parse())
                {
                    case FactsRowParser.AppraisalRow a:
                        AddOnce(Of(appraisals, a.EmployeeNumber), a.Year, a.Grade, line, FactsCsvColumns.Result, $"{a.Year}年度考核", errors);
                        break;
                    case FactsRowParser.CourseRow c:
                        AddOnce(Of(courses, c.EmployeeNumber), c.Year, c.Completed, line, FactsCsvColumns.Result, $"{c.Year}年继续教育", errors);
                        break;
                    case FactsRowParser.AchievementRow r:
                        Of(achievements, r.EmployeeNumber).Add(Resolve(r.Record, line, notices));
                        break;
                }
            }
            if (rows == 0) errors.Add(new ImportError(0, "", FactsImportErrorCodes.Empty, "文件中没有数据行"));
        }
        // A byte that is not in the file's encoding is the caller's to handle: "auto" reads the file again as GB18030.
        catch (CsvFormatException e) when (!TextFileDecoder.IsDecodingFailure(e))
        {
            errors.Add(new ImportError(0, "", FactsImportErrorCodes.Malformed, $"CSV 格式错误：{e.Message}"));
        }
        if (errors.Count > 0) return Failed(errors);

        var employees = appraisals.Keys.Union(courses.Keys).Union(achievements.Keys);
        var result = employees.ToDictionary(e => e, e => new EmployeeFactRecords(
            e,
            appraisals.GetValueOrDefault(e) ?? [],
            courses.GetValueOrDefault(e) ?? [],
            achievements.GetValueOrDefault(e) ?? []), StringComparer.Ordinal);
        return new FactsImportResult(result, []) { Notices = notices };
    }

    private AchievementRecord Resolve(AchievementRecord record, int line, List<ImportError> notices)
    {
        var resolution = vocabulary.Resolve(record);
        if (resolution.Problem is { } problem)
        {
            var (column, code) = problem switch
            {
                HonourProblem.UnknownTitle => (FactsCsvColumns.Title, FactsImportErrorCodes.UnknownHonourTitle),
                HonourProblem.LevelMissing => (FactsCsvColumns.Level, FactsImportErrorCodes.HonourLevelMissing),
                _ => (FactsCsvColumns.Level, FactsImportErrorCodes.HonourLevelDiffers),
            };
            notices.Add(new ImportError(line, column, code, resolution.Message!));
        }
        return resolution.Record;
    }

    private static Dictionary<string, int>? MapColumns(CsvReader csv, List<ImportError> errors)
    {
        var headers = csv.Headers;
        if (headers.Count == 0)
        {
            errors.Add(new ImportError(0, "", FactsImportErrorCodes.Empty, "文件为空或缺少表头"));
            return null;
        }
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in FactsCsvColumns.All)
        {
            foreach (var name in FactsCsvColumns.Aliases(column).Prepend(column))
            {
                if (csv.TryGetFieldIndex(name, out var index)) { map[column] = index; break; }
            }
        }
        foreach (var missing in FactsCsvColumns.Required.Where(c => !map.ContainsKey(c)))
            errors.Add(new ImportError(0, missing, FactsImportErrorCodes.MissingColumn, $"缺少必需的列“{missing}”"));
        return errors.Count > 0 ? null : map;
    }

    private static void AddOnce<T>(Dictionary<int, T> byYear, int year, T value, int line, string column, string what, List<ImportError> errors)
    {
        if (byYear.TryGetValue(year, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
            errors.Add(new ImportError(line, column, FactsImportErrorCodes.Conflict, $"{what}出现两次且结果不同"));
        else
            byYear[year] = value;
    }

    private static TValue Of<TValue>(Dictionary<string, TValue> map, string key) where TValue : new()
    {
        if (!map.TryGetValue(key, out var value)) map[key] = value = new TValue();
        return value;
    }

    private static FactsImportResult Failed(List<ImportError> errors) =>
        new(new Dictionary<string, EmployeeFactRecords>(), errors);
}
