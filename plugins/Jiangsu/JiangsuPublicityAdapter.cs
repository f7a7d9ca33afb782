using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Plugins.Jiangsu;

/// <summary>
/// 江苏 特级技师建议人选名单 (seed 004 二(五)): the enterprise reports the review's recommended list to the 省职业技能鉴定中心
/// and shows it to all staff, and the centre publishes it for at least 5 working days, so the file is made from the
/// recommended list as soon as the review has computed it, before publicity. A publicity list shows name, gender, unit
/// and department, occupation and level, and never an ID or phone number (PIPL), so this adapter has no column that
/// could carry them.
/// </summary>
public sealed class JiangsuPublicityAdapter : CsvExportAdapter
{
    private static readonly ExportColumn[] Columns =
    [
        new("序号"), new("姓名"), new("性别"), new("工作单位"), new("所在部门"), new("职业（工种）"), new("评聘等级"),
    ];

    public override string Name => "jiangsu-publicity";

    public override string DisplayName => "江苏省特级技师建议人选名单（公示）";

    public override ExportAdapterFeatures Features => ExportAdapterFeatures.PublicityList | ExportAdapterFeatures.RecommendedCandidates;

    public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) => Columns;

    protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells) =>
        cells.AddRange(
        [
            sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Name, row.Gender, row.EnterpriseName,
            row.Department, FormatOccupation(row), row.LevelName,
        ]);
}
