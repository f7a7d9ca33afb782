using System.Globalization;
using System.Text;

namespace Enterprise.Eval.Worker.Cli.Output;

/// <summary>
/// How many terminal cells a text takes: East Asian wide and fullwidth characters (汉字, fullwidth punctuation such as
/// “；”) take two, combining marks none, everything else one. Tables pad and wrap by cells, not by characters, because a
/// character count puts a column of Chinese names at half the width it needs.
/// </summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) return 0;
        if (Rune.IsControl(rune)) return 0;
        return IsWide(rune.Value) ? 2 : 1;
    }

    // The wide and fullwidth blocks of Unicode's East Asian Width property (UAX #11) that occur in this product's text.
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE10 and <= 0xFE19
        or >= 0xFE30 and <= 0xFE6F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F
        or >= 0x1F900 and <= 0x1F9FF
        or >= 0x20000 and <= 0x3FFFD;

    /// <summary>Pads <paramref name="text"/> with spaces to <paramref name="cells"/> cells.</summary>
    public static string PadRight(string text, int cells)
    {
        var missing = cells - Of(text);
        return missing > 0 ? text + new string(' ', missing) : text;
    }

    /// <summary>
    /// Breaks a text into lines of at most <paramref name="cells"/> cells (at least one character a line, so a wide
    /// character in a one-cell column still advances); a break falls after a space when one is near the end of the line,
    /// else anywhere, as Chinese text has no spaces to break at.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int cells)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var width = 0;
            foreach (var rune in paragraph.EnumerateRunes())
            {
                var w = Of(rune);
                if (width + w > cells && line.Length > 0)
                {
                    var current = line.ToString();
                    var space = current.LastIndexOf(' ');
                    if (space > 0 && Of(current[..space]) >= cells / 2)
                    {
                        lines.Add(current[..space]);
                        line.Clear().Append(current[(space + 1)..]);
                    }
                    else
                    {
                        lines.Add(current);
                        line.Clear();
                    }
                    width = Of(line.ToString());
                }
                line.Append(rune.ToString());
                width += w;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }
}
