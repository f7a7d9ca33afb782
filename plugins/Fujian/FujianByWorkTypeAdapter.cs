using System.Globalization;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Plugins.Fujian;

/// <summary>
/// 福建省机关事业单位工勤人员高级技师申报人员按工种汇总表 (seed 000 三(二)、(三)): the unit's 审核盖章推荐 goes to the
/// 省工考中心, which 复核 all materials and 按工种汇总; the 15% share per 工种 (四(二)) is counted on the same grouping.
/// One line per applicant who passed the closing screening, grouped by the 工种 applied for (the host orders the rows),
/// with the relaxation (破格, 000 二(七)、(八)) the screening recorded. The seed gives no layout: check it against the
/// 省工考中心's current form before first use. No phone numbers; full ID numbers, for the 省工考中心 only.
/// </summary>
public sealed class FujianByWorkTypeAdapter : CsvExportAdapter
{
    private static readonly ExportColumn[] Columns =
    [
        new("序号"), new("申报工种"), new("姓名"), new("性别"), new("身份证号"), new("出生年月"), new("文化程度"),
        new("工作单位"), new("所在部门"), new("现职业（工种）", ExportFieldKeys.CurrentOccupation), new("工龄（年）", ExportFieldKeys.WorkingYears),
        new("申报等级"), new("破格申报说明", ExportFieldKeys.RelaxationReason),
    ];

    public override string Name => "fujian-by-work-type";

    public override string DisplayName => "福建省工勤人员高级技师申报人员按工种汇总表";

    public override ExportAdapterFeatures Features =>
        ExportAdapterFeatures.FullIdNumbers | ExportAdapterFeatures.ExtraFields | ExportAdapterFeatures.Applicants
        | ExportAdapterFeatures.GroupedByOccupation;

    public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) => Columns;

    protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells) =>
        cells.AddRange(
        [
            sequence.ToString(CultureInfo.InvariantCulture), FormatOccupation(row), row.Name, row.Gender, row.IdNumber,
            row.BirthDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture), row.Education, row.EnterpriseName, row.Department,
            ExtraValue(row, ExportFieldKeys.CurrentOccupation), ExtraValue(row, ExportFieldKeys.WorkingYears), row.LevelName,
            ExtraValue(row, ExportFieldKeys.RelaxationReason),
        ]);
}
