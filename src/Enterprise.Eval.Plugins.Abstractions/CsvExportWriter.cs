using System.Text;

namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// The one CSV writer all packs share: RFC 4180 quoting plus OWASP CSV-injection neutralisation, streaming straight
/// to the output. Not thread-safe; one instance per file.
/// </summary>
/// <remarks>
/// A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with a single
/// quote, so spreadsheet programs show it as text instead of evaluating it. A cell is enclosed in double quotes when
/// it contains a comma, a double quote, CR or LF; inner double quotes are doubled.
/// </remarks>
public sealed class CsvExportWriter : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly StreamWriter _writer;
    private readonly string _newLine;

    /// <summary>Starts a file on <paramref name="output"/>, writing the format's preamble (byte order mark) first.</summary>
    /// <param name="output">The destination stream; left open when the writer is disposed.</param>
    /// <param name="format">Encoding and line ending.</param>
    public CsvExportWriter(Stream output, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(format);
        // The preamble is written by hand: StreamWriter skips it on a seekable stream not at position 0.
        output.Write(format.GetPreamble());
        _writer = new StreamWriter(output, format.CreateEncoding(), BufferSize, leaveOpen: true);
        _newLine = format.NewLine;
    }

    /// <summary>Writes one record; null cells are empty.</summary>
    /// <param name="cells">The cells in column order.</param>
    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) _writer.Write(',');
            WriteCell(cells[i]);
        }
        _writer.Write(_newLine);
    }

    /// <summary>Pushes buffered text to the stream.</summary>
    public void Flush() => _writer.Flush();

    /// <summary>Flushes and releases the writer; the stream stays open.</summary>
    public void Dispose() => _writer.Dispose();

    /// <summary>True when a spreadsheet program could take the cell for a formula (OWASP CSV injection).</summary>
    /// <param name="cell">The cell text.</param>
    public static bool IsFormulaLike(string? cell) =>
        !string.IsNullOrEmpty(cell) && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The cell as it must appear before quoting: formula-like text gets a leading single quote.</summary>
    /// <param name="cell">The cell text.</param>
    public static string Neutralise(string? cell) => IsFormulaLike(cell) ? "'" + cell : cell ?? "";

    /// <summary>The cell exactly as written into the file: neutralised, then quoted if needed.</summary>
    /// <param name="cell">The cell text.</param>
    public static string Encode(string? cell)
    {
        var text = Neutralise(cell);
        return NeedsQuotes(text) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private void WriteCell(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return;
        var quote = NeedsQuotes(cell);
        if (quote) _writer.Write('"');
        if (IsFormulaLike(cell)) _writer.Write('\'');
        if (quote && cell.Contains('"'))
            _writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        else
            _writer.Write(cell);
        if (quote) _writer.Write('"');
    }

    private static bool NeedsQuotes(string text) => text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
}
