using System.Text;

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// Turns an uploaded file into text. HR exports come as UTF-8 (with or without BOM) or as GB18030 from older
/// spreadsheet programs: a BOM decides; otherwise strict UTF-8 is tried and GB18030 is the fallback.
/// </summary>
public static class TextFileDecoder
{
    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Decodes with the named encoding ("utf-8", "gb18030") or, when null/"auto", by detection.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? encodingName = null)
    {
        var name = (encodingName ?? "auto").Trim().ToLowerInvariant();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        return name switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false, true).GetString(bytes),
            "gb18030" or "gbk" or "gb2312" => Gb18030.GetString(bytes),
            "auto" => TryStrictUtf8(bytes, out var text) ? text : Gb18030.GetString(bytes),
            _ => throw new ArgumentException($"不支持的编码“{encodingName}”，可选：auto、utf-8、gb18030", nameof(encodingName)),
        };
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
