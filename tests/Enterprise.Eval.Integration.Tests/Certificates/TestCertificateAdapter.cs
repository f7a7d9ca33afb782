using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Certificates;

/// <summary>A minimal adapter in the shape of the national layout, so export tests do not depend on loading packs.</summary>
public sealed class TestCertificateAdapter : CsvExportAdapter
{
    public override string Name => "test-national";
    public override string DisplayName => "测试格式";
    public override ExportAdapterFeatures Features => ExportAdapterFeatures.FullIdNumbers | ExportAdapterFeatures.StageScores;

    public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) =>
        [new("证书编号"), new("姓名"), new("证件号码"), new("等级"), new("发证日期"), new("评价机构名称"), new("评价机构代码"), .. StageColumns(options, "成绩")];

    protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells)
    {
        cells.AddRange([row.CertificateNumber, row.Name, row.IdNumber, row.LevelName, FormatDate(row.IssueDate), row.EvaluatorName, row.EvaluatorCode]);
        AddStageScores(row, options, cells);
    }
}
