using CsvHelper;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// Reads and validates a whole roster file. The result holds either every record (a clean file) or every error:
/// a file with any error is never partly imported.
/// </summary>
public static class RosterFile
{
    public static RosterParseResult Parse(ReadOnlySpan<byte> bytes, string? encoding = null, IProgress<int>? progress = null)
    {
        string text;
        try { text = TextFileDecoder.Decode(bytes, encoding); }
        catch (Exception e) when (e is System.Text.DecoderFallbackException or ArgumentException)
        {
            return RosterParseResult.Failed(new ImportError(0, "", "EVAL-ROSTER-019", $"文件无法按所选编码读取：{e.Message}"));
        }
        return ParseText(text, progress);
    }

    /// <summary>
    /// Reads the roster as it streams from a seekable file or spooled upload, never holding the whole file or its text
    /// (the HTTP import: 500,000 rows are about 80 MB of bytes and twice that as a string). Same rules and results as
    /// the byte overload; the records of a clean file are still all kept, because nothing is stored unless every row is valid.
    /// </summary>
    public static RosterParseResult Parse(Stream seekable, string? encoding = null, IProgress<int>? progress = null)
    {
        try
        {
            return TextFileDecoder.ReadText(seekable, encoding, text =>
            {
                using var csv = CsvReader.Create(text, CsvHelper.CsvReaderOptions.Default, leaveOpen: true);
                return Parse(csv, progress);
            });
        }
        catch (Exception e) when (e is ArgumentException || TextFileDecoder.IsDecodingFailure(e))
        {
            return RosterParseResult.Failed(new ImportError(0, "", "EVAL-ROSTER-019", $"文件无法按所选编码读取：{e.Message}"));
        }
    }

    /// <summary>A header the roster does not know: its column is not imported, which a misspelled optional column would otherwise hide.</summary>
    public const string UnknownColumnCode = "EVAL-ROSTER-031";

    private static string UnknownColumnMessage(string header)
    {
        var closest = RosterColumns.All.MinBy(known => Distance(header, known))!;
        var near = closest.Contains(header, StringComparison.Ordinal) || header.Contains(closest, StringComparison.Ordinal)
            || Distance(header, closest) * 3 <= Math.Max(header.Length, closest.Length);
        return near
            ? $"未识别的列“{header}”，该列未导入。最接近的列名是“{closest}”：如要导入，请把表头改为“{closest}”"
            : $"未识别的列“{header}”，该列未导入（可用的列见 README“The staff roster file”）";
    }

    // Levenshtein distance: how many characters to insert, delete or change to turn one header into the other.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    public static RosterParseResult ParseText(string text, IProgress<int>? progress = null)
    {
        using var csv = CsvReader.FromText(WithoutByteOrderMarks(text), CsvHelper.CsvReaderOptions.Default);
        return Parse(csv, progress);
    }

    private static RosterParseResult Parse(CsvReader csv, IProgress<int>? progress)
    {
        var errors = new List<ImportError>();
        var records = new List<EmployeeRecord>();
        var seenNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var notices = new List<ImportError>();
        try
        {
            var headers = csv.Headers.Select(h => h.Trim()).ToArray();
            var index = new Dictionary<string, int>();
            for (var i = 0; i < headers.Length; i++) index.TryAdd(headers[i], i);
            foreach (var required in RosterColumns.Required.Where(r => !index.ContainsKey(r)))
                errors.Add(new ImportError(0, required, "EVAL-ROSTER-001", $"缺少必需的列“{required}”"));
            if (errors.Count > 0) return RosterParseResult.Failed([.. errors]);
            foreach (var unknown in headers.Where(h => h.Length > 0 && !RosterColumns.All.Contains(h)).Distinct())
                notices.Add(new ImportError(0, unknown, UnknownColumnCode, UnknownColumnMessage(unknown)));

            // Resolved once per file: the row reader asks for 19 columns on every row.
            string Field(string column) => index.TryGetValue(column, out var i) ? csv.GetString(i).Trim() : "";
            Func<string, string?> field = Field;
            var numberColumn = index[RosterColumns.EmployeeNumber];
            var idColumn = index[RosterColumns.IdNumber];
            var row = 0;
            while (csv.Read())
            {
                row++;
                if (csv.FieldCount != headers.Length)
                {
                    errors.Add(new ImportError(row, "", "EVAL-ROSTER-016", $"第{row}行有{csv.FieldCount}列，表头有{headers.Length}列"));
                    continue;
                }
                // Duplicates are checked on the raw values, so a second row is reported even when the first has other errors.
                var number = csv.GetString(numberColumn).Trim();
                var rawIdNumber = csv.GetString(idColumn).Trim();
                var idNumber = rawIdNumber.ToUpperInvariant();
                if (number.Length > 0 && !seenNumbers.TryAdd(number, row))
                    errors.Add(new ImportError(row, RosterColumns.EmployeeNumber, "EVAL-ROSTER-014", $"工号“{number}”与第{seenNumbers[number]}行重复"));
                else if (idNumber.Length > 0 && !seenIds.TryAdd(idNumber, row))
                    errors.Add(new ImportError(row, RosterColumns.IdNumber, "EVAL-ROSTER-015", $"身份证号与第{seenIds[idNumber]}行重复"));
                else if (new RosterRowReader(row, field, errors).Read() is { } record)
                {
                    records.Add(record);
                    if (rawIdNumber.EndsWith('x'))
                        notices.Add(new ImportError(row, RosterColumns.IdNumber, "EVAL-ROSTER-030", "身份证号末位的小写“x”已按大写“X”保存（GB 11643 校验码为大写 X），无需处理"));
                }
                if (row % 1000 == 0) progress?.Report(row);
            }
            progress?.Report(row);
        }
        // A byte that is not in the file's encoding is the caller's to handle: "auto" reads the file again as GB18030.
        catch (CsvFormatException e) when (!TextFileDecoder.IsDecodingFailure(e))
        {
            errors.Add(new ImportError(0, "", "EVAL-ROSTER-017", $"CSV 格式错误：{e.Message}"));
        }
        return errors.Count > 0 ? RosterParseResult.Failed([.. errors]) : RosterParseResult.Ok(records, notices);
    }

    // A byte order mark is dropped wherever it is (a file glued from two exports has one mid-text). The usual file has
    // at most a leading one, which a substring removes without scanning and copying the whole text a second time.
    private static string WithoutByteOrderMarks(string text)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (text.AsSpan(start).Contains('\uFEFF')) return text.Replace("\uFEFF", "");
        return start == 0 ? text : text[1..];
    }
}
