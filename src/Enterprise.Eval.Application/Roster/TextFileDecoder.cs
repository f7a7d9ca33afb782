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

    /// <summary>
    /// Reads a file's text as it streams, by the same rules as <see cref="Decode"/>, and hands it to
    /// <paramref name="read"/> with every U+FEFF dropped. Whether a file without BOM is UTF-8 is known only at its last
    /// byte, so in "auto" a byte that is not UTF-8 ends that pass and the file is read again from the start as GB18030:
    /// the stream must be seekable (a file, or an upload spooled to disk). Nothing of the first pass is kept.
    /// </summary>
    /// <exception cref="ArgumentException">An encoding name other than auto, utf-8 or gb18030.</exception>
    /// <exception cref="DecoderFallbackException">"utf-8" was named and the file is not UTF-8.</exception>
    public static T ReadText<T>(Stream seekable, string? encodingName, Func<TextReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        if (!seekable.CanSeek) throw new ArgumentException("the file must be seekable: it may be read twice", nameof(seekable));
        var name = (encodingName ?? "auto").Trim().ToLowerInvariant();
        var start = seekable.Position;
        Span<byte> head = stackalloc byte[3];
        var headLength = seekable.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        if (head[..headLength].SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Pass(seekable, start + 3, Encoding.UTF8, read);
        return name switch
        {
            "utf-8" or "utf8" => Pass(seekable, start, new UTF8Encoding(false, true), read),
            "gb18030" or "gbk" or "gb2312" => Pass(seekable, start, Gb18030, read),
            "auto" => Auto(seekable, start, read),
            _ => throw new ArgumentException($"不支持的编码“{encodingName}”，可选：auto、utf-8、gb18030", nameof(encodingName)),
        };
    }

    private static T Auto<T>(Stream seekable, long start, Func<TextReader, T> read)
    {
        try
        {
            return Pass(seekable, start, new UTF8Encoding(false, true), read);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            return Pass(seekable, start, Gb18030, read);
        }
    }

    /// <summary>Whether reading failed because the bytes are not in the encoding, even when the CSV reader wrapped it.</summary>
    public static bool IsDecodingFailure(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
            if (cause is DecoderFallbackException) return true;
        return false;
    }

    private static T Pass<T>(Stream seekable, long from, Encoding encoding, Func<TextReader, T> read)
    {
        seekable.Position = from;
        using var text = new ByteOrderMarkFilter(new StreamReader(seekable, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true));
        return read(text);
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
