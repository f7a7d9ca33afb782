namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>The line ending between records.</summary>
public enum ExportLineEnding
{
    /// <summary>CR LF, as RFC 4180 and government templates expect.</summary>
    CrLf = 0,

    /// <summary>LF alone.</summary>
    Lf = 1,
}
