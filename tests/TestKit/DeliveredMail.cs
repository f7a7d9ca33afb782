using System.Text;
using System.Text.RegularExpressions;

namespace Enterprise.Eval.TestKit;

/// <summary>
/// Just enough of a MIME reader to check what a server received: unfolded headers, RFC 2047 words decoded, and the
/// text and HTML parts of a multipart/alternative body decoded by their transfer encoding and charset.
/// </summary>
public sealed partial record DeliveredMail(IReadOnlyDictionary<string, string> Headers, string Text, string Html, string TextCharset, string HtmlCharset)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

    public string Subject => DecodeWords(Header("Subject"));
    public string From => DecodeWords(Header("From"));
    public string To => DecodeWords(Header("To"));
    public string MessageId => Header("Message-ID").Trim();

    public static DeliveredMail Parse(string raw)
    {
        raw = raw.Replace("\r\n", "\n");
        var (headers, body) = Split(raw);
        string text = "", html = "", textCharset = "", htmlCharset = "";
        var type = headers.GetValueOrDefault("Content-Type", "text/plain");
        var boundary = Boundary().Match(type);
        var parts = boundary.Success
            ? body.Split("--" + boundary.Groups[1].Value).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).Select(p => Split(p.TrimStart('\n')))
            : [(headers, body)];
        foreach (var (h, b) in parts)
        {
            var partType = h.GetValueOrDefault("Content-Type", "text/plain");
            var charset = Charset().Match(partType) is { Success: true } m ? m.Groups[1].Value : "us-ascii";
            var decoded = Decode(b, h.GetValueOrDefault("Content-Transfer-Encoding", "7bit"), charset);
            if (partType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) (html, htmlCharset) = (decoded, charset);
            else if (partType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) (text, textCharset) = (decoded, charset);
        }
        return new DeliveredMail(headers, text, html, textCharset, htmlCharset);
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string entity)
    {
        var end = entity.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? entity : entity[..end];
        var body = end < 0 ? "" : entity[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null) headers[last] += " " + line.Trim();
            else if (line.IndexOf(':') is var colon and > 0)
            {
                last = line[..colon].Trim();
                if (!headers.ContainsKey(last)) headers[last] = line[(colon + 1)..].Trim();
                else last = null;
            }
        }
        return (headers, body);
    }

    private static string Decode(string body, string transfer, string charset)
    {
        var encoding = Encoding.GetEncoding(charset);
        return transfer.Trim().ToLowerInvariant() switch
        {
            "base64" => encoding.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => encoding.GetString(QuotedPrintable(body.Replace("=\n", ""), underscoreIsSpace: false)),
            _ => body,
        };
    }

    public static string DecodeWords(string value)
    {
        var joined = AdjacentWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups[1].Value);
            var bytes = m.Groups[2].Value.ToUpperInvariant() == "B" ? Convert.FromBase64String(m.Groups[3].Value) : QuotedPrintable(m.Groups[3].Value, underscoreIsSpace: true);
            return encoding.GetString(bytes);
        });
    }

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (underscoreIsSpace && text[i] == '_') bytes.Add((byte)' ');
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return bytes.ToArray();
    }

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex("charset=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
