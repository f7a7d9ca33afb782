namespace Enterprise.Eval.Worker.Cli.Output;

/// <summary>A table a verb prints: a header and rows of plain text (no markup); <see cref="CliOutput"/> lays it out.</summary>
public sealed class CliTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public IReadOnlyList<string> Headers { get; } = headers;

    /// <summary>Printed above the table, e.g. 拟推荐名单.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<string[]> Rows => _rows;

    public CliTable AddRow(params string?[] cells)
    {
        if (cells.Length != Headers.Count) throw new ArgumentException($"a row of {cells.Length} cells for {Headers.Count} columns", nameof(cells));
        _rows.Add([.. cells.Select(c => c ?? "")]);
        return this;
    }
}
