namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>One column of an export file.</summary>
/// <param name="Header">The header text exactly as written in the file's first line (Chinese, as in the template).</param>
/// <param name="ExtraKey">
/// When the value comes from <see cref="ExportRow.Extra"/>, the key it is read from; the host uses it to know which
/// pack-specific values to supply. Null for columns filled from the fixed fields of <see cref="ExportRow"/>.
/// </param>
public sealed record ExportColumn(string Header, string? ExtraKey = null);
