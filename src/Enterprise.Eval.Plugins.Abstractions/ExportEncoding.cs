namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>Text encodings an export can be written in.</summary>
public enum ExportEncoding
{
    /// <summary>GB18030 (code page 54936), what government templates and Chinese spreadsheet installs expect. No byte order mark.</summary>
    Gb18030 = 0,

    /// <summary>UTF-8 preceded by a byte order mark, so that spreadsheet programs detect it.</summary>
    Utf8WithBom = 1,
}
