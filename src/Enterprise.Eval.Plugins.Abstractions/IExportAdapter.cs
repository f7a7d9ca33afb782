namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// Writes certificate or candidate data in one authority's file layout (a national data layout, a provincial
/// upload, a city summary table, a publicity list).
/// </summary>
/// <remarks>
/// <para>
/// Lifetime: the host creates one instance per adapter type when it loads the pack, through a public parameterless
/// constructor, and keeps it for the life of the process. The constructor must not do I/O; if it throws, the adapter
/// is reported and skipped.
/// </para>
/// <para>
/// Threading: <see cref="Write"/> may be called concurrently for different exports, so an adapter keeps no state
/// between calls.
/// </para>
/// <para>
/// Output: the same rows and options must give byte-identical files (no timestamps, no machine-dependent
/// formatting: use the invariant culture). Writers stream row by row and never buffer the whole file. Derive from
/// <see cref="CsvExportAdapter"/> rather than writing CSV by hand: it applies RFC 4180 quoting and CSV-injection
/// neutralisation through <see cref="CsvExportWriter"/>.
/// </para>
/// </remarks>
public interface IExportAdapter
{
    /// <summary>Stable lower-case name used in commands, configuration and the API, e.g. <c>national</c>, <c>jiangsu-publicity</c>.</summary>
    string Name { get; }

    /// <summary>Chinese name shown to users, e.g. 江苏省特级技师公示名单.</summary>
    string DisplayName { get; }

    /// <summary>What the file contains and which optional inputs it reads.</summary>
    ExportAdapterFeatures Features { get; }

    /// <summary>Encoding and line ending used when <see cref="ExportOptions.Format"/> is null (government layouts: GB18030 with CR LF).</summary>
    ExportFormat DefaultFormat { get; }

    /// <summary>The columns in file order for the given options (stage columns depend on <see cref="ExportOptions.StageNames"/>).</summary>
    /// <param name="options">The export's options.</param>
    IReadOnlyList<ExportColumn> GetColumns(ExportOptions options);

    /// <summary>Writes the header line and one line per row to <paramref name="output"/>, which is left open.</summary>
    /// <param name="rows">The rows in output order; enumerated once.</param>
    /// <param name="output">The destination stream.</param>
    /// <param name="options">The export's options.</param>
    /// <param name="cancellationToken">Stops a long export between rows.</param>
    void Write(IEnumerable<ExportRow> rows, Stream output, ExportOptions options, CancellationToken cancellationToken = default);
}
