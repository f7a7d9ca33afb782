namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>What the host asks of one export run.</summary>
public sealed class ExportOptions
{
    /// <summary>The encoding and line ending; null means the adapter's <see cref="IExportAdapter.DefaultFormat"/>.</summary>
    public ExportFormat? Format { get; init; }

    /// <summary>
    /// The evaluation stages in the order their score columns appear (e.g. 业绩评审, 口头答辩), for adapters with
    /// <see cref="ExportAdapterFeatures.StageScores"/>. Keys into <see cref="ExportRow.StageScores"/>.
    /// </summary>
    public IReadOnlyList<string> StageNames { get; init; } = [];
}
