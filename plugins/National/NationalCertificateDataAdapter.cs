using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Plugins.National;

/// <summary>
/// Certificate data in the national layout: one line per certificate with the holder's identity, the occupation,
/// the level, the evaluator and the score of each evaluation stage. Carries full ID numbers, so it is for the
/// authorities' data upload only.
/// </summary>
public sealed class NationalCertificateDataAdapter : CsvExportAdapter
{
    private static readonly ExportColumn[] FixedColumns =
    [
        new("证书编号"), new("姓名"), new("证件类型"), new("证件号码"), new("性别"), new("出生日期"), new("文化程度"),
        new("职业编码"), new("职业名称"), new("工种"), new("等级"), new("等级代码"), new("发证日期"),
        new("评价机构名称"), new("评价机构代码"),
    ];

    public override string Name => "national";

    public override string DisplayName => "职业技能等级证书数据（全国通用格式）";

    public override ExportAdapterFeatures Features => ExportAdapterFeatures.FullIdNumbers | ExportAdapterFeatures.StageScores;

    public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) =>
        [.. FixedColumns, .. StageColumns(options, "成绩")];

    protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells)
    {
        cells.AddRange(
        [
            row.CertificateNumber, row.Name, row.IdType, row.IdNumber, row.Gender, FormatDate(row.BirthDate), row.Education,
            row.OccupationCode, row.OccupationName, row.WorkType, row.LevelName, row.LevelCode, FormatDate(row.IssueDate),
            row.EvaluatorName, row.EvaluatorCode,
        ]);
        AddStageScores(row, options, cells);
    }
}
