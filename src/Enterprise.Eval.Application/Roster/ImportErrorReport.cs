using System.Text;

namespace Enterprise.Eval.Application.Roster;

/// <summary>Writes an import's errors as a CSV report HR can open in a spreadsheet (UTF-8 with BOM).</summary>
public static class ImportErrorReport
{
    public static void Write(IEnumerable<ImportError> errors, TextWriter writer)
    {
        writer.WriteLine("行,列,代码,说明");
        foreach (var e in errors)
            writer.WriteLine(string.Join(",", e.Row.ToString(), Quote(e.Column), e.Code, Quote(e.Message)));
    }

    public static void WriteFile(IEnumerable<ImportError> errors, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        Write(errors, writer);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
