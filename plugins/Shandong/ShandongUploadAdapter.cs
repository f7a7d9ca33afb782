using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Plugins.Shandong;

/// <summary>
/// 山东 特级技师 data for the provincial 高技能人才数据库 (seed 003 四(四): the enterprise uploads the data of those
/// certified and issues the certificates). The seed names no column list, so the layout is the national core plus the
/// enterprise and department and the recorded reason where the enterprise relaxed the conditions (seed 003 三(三));
/// check it against the province's current import template before first use.
/// </summary>
public sealed class ShandongUploadAdapter : CsvExportAdapter
{
    private static readonly ExportColumn[] Columns =
    [
        new("证书编号"), new("姓名"), new("证件类型"), new("证件号码"), new("性别"), new("出生日期"), new("文化程度"),
        new("工作单位"), new("所在部门"), new("职业编码"), new("职业名称"), new("工种"), new("技能等级"), new("等级代码"),
        new("发证日期"), new("评价机构名称"), new("评价机构代码"), new("放宽评价条件说明", ExportFieldKeys.RelaxationReason),
    ];

    public override string Name => "shandong-upload";

    public override string DisplayName => "山东省特级技师数据上传表";

    public override ExportAdapterFeatures Features => ExportAdapterFeatures.FullIdNumbers | ExportAdapterFeatures.ExtraFields;

    public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) => Columns;

    protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells) =>
        cells.AddRange(
        [
            row.CertificateNumber, row.Name, row.IdType, row.IdNumber, row.Gender, FormatDate(row.BirthDate), row.Education,
            row.EnterpriseName, row.Department, row.OccupationCode, row.OccupationName, row.WorkType, row.LevelName,
            row.LevelCode, FormatDate(row.IssueDate), row.EvaluatorName, row.EvaluatorCode, ExtraValue(row, ExportFieldKeys.RelaxationReason),
        ]);
}
