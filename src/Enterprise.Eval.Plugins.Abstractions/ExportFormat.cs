using System.Text;

namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>The byte-level shape of an export file: encoding and line ending.</summary>
/// <param name="Encoding">The text encoding.</param>
/// <param name="LineEnding">The line ending between records.</param>
public sealed record ExportFormat(ExportEncoding Encoding, ExportLineEnding LineEnding)
{
    /// <summary>GB18030 with CR LF: the default for government templates.</summary>
    public static ExportFormat Gb18030CrLf { get; } = new(ExportEncoding.Gb18030, ExportLineEnding.CrLf);

    /// <summary>UTF-8 with a byte order mark and CR LF, offered on request.</summary>
    public static ExportFormat Utf8BomCrLf { get; } = new(ExportEncoding.Utf8WithBom, ExportLineEnding.CrLf);

    /// <summary>The characters that end a record.</summary>
    public string NewLine => LineEnding == ExportLineEnding.CrLf ? "\r\n" : "\n";

    /// <summary>The encoding to write with, without its preamble (a byte order mark is written separately, see <see cref="GetPreamble"/>).</summary>
    public Encoding CreateEncoding() => Encoding switch
    {
        // Taken from the provider directly so that the host's global encoding registry is left alone.
        ExportEncoding.Gb18030 => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)
            ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available on this runtime."),
        ExportEncoding.Utf8WithBom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        _ => throw new ArgumentOutOfRangeException(nameof(Encoding), Encoding, "Unknown export encoding."),
    };

    /// <summary>The bytes written at the very start of the file (the UTF-8 byte order mark, or nothing).</summary>
    public ReadOnlySpan<byte> GetPreamble() => Encoding == ExportEncoding.Utf8WithBom ? [0xEF, 0xBB, 0xBF] : [];
}
