using System.Text;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli.Output;

/// <summary>
/// The one writer of the verbs' tables and label/value lists. Piped, redirected or under <c>NO_COLOR</c> (a console
/// without ANSI, see <see cref="CliConsole"/>) a table is plain text: one line per row, columns padded by display width
/// and two spaces apart, never wrapped, so IDs and paths stay whole for grep and scripts. In a terminal it fits the
/// console's width by wrapping the widest cells by display width. Spectre.Console's own table layout is not used: in
/// 0.49.1 it folds a wide Chinese word by mixing cell and character counts and throws ArgumentOutOfRangeException.
/// </summary>
public static class CliOutput
{
    private const string Separator = "  ";

    /// <summary>Plain output: no colour codes, no hard wrapping.</summary>
    public static bool IsPlain(this IAnsiConsole console) => !console.Profile.Capabilities.Ansi;

    public static void WriteTable(this IAnsiConsole console, CliTable table)
    {
        var writer = console.Profile.Out.Writer;
        if (table.Title is { } title) writer.WriteLine(title);
        var plain = console.IsPlain();
        var widths = plain ? NaturalWidths(table) : FittedWidths(table, console.Profile.Width);
        if (!plain && TooNarrow(table, widths))
        {
            // Columns of a few cells each are unreadable: a narrow terminal gets each row as its own label/value block.
            foreach (var row in table.Rows)
            {
                console.WritePairs(table.Headers.Select((h, i) => (h, (string?)row[i])));
                writer.WriteLine();
            }
            writer.Flush();
            return;
        }
        WriteRow(writer, table.Headers, widths, plain, bold: !plain);
        writer.WriteLine(string.Join(Separator, widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows) WriteRow(writer, row, widths, plain, bold: false);
        writer.Flush();
    }

    /// <summary>Label and value lines (a record shown by a <c>show</c> verb), labels padded to one width.</summary>
    public static void WritePairs(this IAnsiConsole console, IEnumerable<(string Label, string? Value)> pairs)
    {
        var list = pairs.Select(p => (p.Label, Value: string.IsNullOrEmpty(p.Value) ? "—" : p.Value)).ToList();
        var writer = console.Profile.Out.Writer;
        var labelWidth = list.Count == 0 ? 0 : list.Max(p => DisplayWidth.Of(p.Label));
        if (console.IsPlain())
        {
            foreach (var (label, value) in list) writer.WriteLine(DisplayWidth.PadRight(label, labelWidth) + Separator + OneLine(value));
        }
        else
        {
            labelWidth = Math.Min(labelWidth, Math.Max(2, console.Profile.Width / 3));
            var valueWidth = Math.Max(2, console.Profile.Width - labelWidth - Separator.Length);
            foreach (var (label, value) in list)
            {
                var labels = DisplayWidth.Wrap(label, labelWidth);
                var values = DisplayWidth.Wrap(value, valueWidth);
                for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
                    writer.WriteLine((DisplayWidth.PadRight(i < labels.Count ? labels[i] : "", labelWidth) + Separator + (i < values.Count ? values[i] : "")).TrimEnd());
            }
        }
        writer.Flush();
    }

    /// <summary>
    /// A coded message on one line, the code in red in a terminal. Never hard-wrapped: the terminal folds it, and a
    /// script reading piped output gets the whole message on the line of its code.
    /// </summary>
    public static void WriteError(this IAnsiConsole console, string code, string message)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(console.IsPlain() ? $"{code} {message}" : $"\u001b[31m{code}\u001b[0m {message}");
        writer.Flush();
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells, int[] widths, bool plain, bool bold)
    {
        var lines = cells.Select((c, i) => plain ? [OneLine(c)] : DisplayWidth.Wrap(c, widths[i])).ToList();
        var height = lines.Max(l => l.Count);
        for (var line = 0; line < height; line++)
        {
            var text = new StringBuilder();
            for (var column = 0; column < cells.Count; column++)
            {
                if (column > 0) text.Append(Separator);
                var part = line < lines[column].Count ? lines[column][line] : "";
                text.Append(column == cells.Count - 1 ? part : DisplayWidth.PadRight(part, widths[column]));
            }
            var content = text.ToString().TrimEnd();
            writer.WriteLine(bold ? $"\u001b[1m{content}\u001b[0m" : content);
        }
    }

    // Piped output keeps a row on one line: a line break inside a cell would split the row for the reader's tools.
    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ');

    private const int ReadableColumn = 6;

    private static bool TooNarrow(CliTable table, int[] widths)
    {
        var natural = NaturalWidths(table);
        return widths.Where((w, i) => w < Math.Min(ReadableColumn, natural[i])).Any();
    }

    private static int[] NaturalWidths(CliTable table) =>
        [.. table.Headers.Select((h, i) => table.Rows.Select(r => DisplayWidth.Of(OneLine(r[i]))).Append(DisplayWidth.Of(h)).Max())];

    // Narrows the widest column one cell at a time until the table fits; no column goes below two cells, the width
    // of one Chinese character, so even 40 columns hold a nine-column table (9 × 2 + 8 × 2 separators).
    private static int[] FittedWidths(CliTable table, int consoleWidth)
    {
        var widths = NaturalWidths(table);
        var available = consoleWidth - Separator.Length * (widths.Length - 1);
        while (widths.Sum() > available)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= 2) break;
            widths[widest]--;
        }
        return widths;
    }
}
