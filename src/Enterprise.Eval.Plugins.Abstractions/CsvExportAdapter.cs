using System.Globalization;

namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// Base for CSV export adapters: writes the header from <see cref="IExportAdapter.GetColumns"/> and each row from
/// <see cref="FormatRow"/> through the shared <see cref="CsvExportWriter"/>, so packs only map fields to cells.
/// </summary>
public abstract class CsvExportAdapter : IExportAdapter
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string DisplayName { get; }

    /// <inheritdoc />
    public abstract ExportAdapterFeatures Features { get; }

    /// <inheritdoc />
    public virtual ExportFormat DefaultFormat => ExportFormat.Gb18030CrLf;

    /// <inheritdoc />
    public abstract IReadOnlyList<ExportColumn> GetColumns(ExportOptions options);

    /// <inheritdoc />
    public void Write(IEnumerable<ExportRow> rows, Stream output, ExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var columns = GetColumns(options);
        using var writer = new CsvExportWriter(output, options.Format ?? DefaultFormat);
        writer.WriteRow(columns.Select(c => (string?)c.Header).ToArray());
        var cells = new List<string?>(columns.Count);
        var sequence = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            cells.Clear();
            FormatRow(row, ++sequence, options, cells);
            if (cells.Count != columns.Count)
                throw new InvalidOperationException($"Adapter '{Name}' produced {cells.Count} cells for {columns.Count} columns.");
            writer.WriteRow(cells);
        }
    }

    /// <summary>Adds the row's cells, one per column of <see cref="GetColumns"/>, in order.</summary>
    /// <param name="row">The row to format.</param>
    /// <param name="sequence">1-based position of the row in the file (for 序号 columns).</param>
    /// <param name="options">The export's options.</param>
    /// <param name="cells">The list to add cells to; arrives empty.</param>
    protected abstract void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells);

    /// <summary>A date as yyyy-MM-dd, or empty.</summary>
    /// <param name="date">The date.</param>
    protected static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A score in the invariant culture without trailing zeros (85.5, 90), or empty.</summary>
    /// <param name="score">The score.</param>
    protected static string? FormatScore(decimal? score) => score?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One score column per stage name, in the order of <see cref="ExportOptions.StageNames"/>.</summary>
    /// <param name="options">The export's options.</param>
    /// <param name="headerSuffix">Appended to each stage name in the header, e.g. 成绩.</param>
    protected static IEnumerable<ExportColumn> StageColumns(ExportOptions options, string headerSuffix) =>
        options.StageNames.Select(stage => new ExportColumn(stage + headerSuffix));

    /// <summary>Adds the row's stage scores in the order of <see cref="ExportOptions.StageNames"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="options">The export's options.</param>
    /// <param name="cells">The list to add to.</param>
    protected static void AddStageScores(ExportRow row, ExportOptions options, List<string?> cells)
    {
        foreach (var stage in options.StageNames)
            cells.Add(FormatScore(row.StageScores.GetValueOrDefault(stage)));
    }

    /// <summary>Occupation with its 工种 in brackets when there is one: 车工（数控车工）.</summary>
    /// <param name="row">The row.</param>
    protected static string? FormatOccupation(ExportRow row) =>
        string.IsNullOrEmpty(row.WorkType) || row.WorkType == row.OccupationName
            ? row.OccupationName
            : $"{row.OccupationName}（{row.WorkType}）";

    /// <summary>The pack-specific value under <paramref name="key"/>, or null.</summary>
    /// <param name="row">The row.</param>
    /// <param name="key">The extra key.</param>
    protected static string? ExtraValue(ExportRow row, string key) => row.Extra.GetValueOrDefault(key);
}
