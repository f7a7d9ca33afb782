using System.Globalization;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Plugins.Zhejiang;

/// <summary>
/// 温州市高技能人才直接认定汇总表 (seed 001, attachment 2), one line per applicant with the attachment's sixteen columns,
/// sent with the unit's recommendation (seed 001 四(一)), so it lists the applicants who passed the closing screening.
/// The form's title and its 填报单位/填报日期/填表人 lines are not part of the CSV; the enterprise adds them when it
/// prints and stamps the table. Carries full ID and phone numbers: for the 鉴定机构 only.
/// </summary>
public sealed class WenzhouSummaryAdapter : CsvExportAdapter
{
    /// <summary>企业资产（万元）: the 填报单位's figure, typed in by the person running the export (the product does not hold it).</summary>
    public static readonly string EnterpriseAssetsKey = ExportFieldKeys.Entered("enterprise-assets-10k-yuan");

    /// <summary>企业年销售额（万元）: typed in at export, as <see cref="EnterpriseAssetsKey"/>.</summary>
    public static readonly string EnterpriseAnnualSalesKey = ExportFieldKeys.Entered("enterprise-annual-sales-10k-yuan");

    /// <summary>企业人数: typed in at export, as <see cref="EnterpriseAssetsKey"/>.</summary>
    public static readonly string EnterpriseHeadcountKey = ExportFieldKeys.Entered("enterprise-headcount");

    private static readonly ExportColumn[] Columns =
    [
        new("序号"), new("姓名"), new("身份证号"), new("性别"), new("出生年月日"), new("文化程度"), new("申报职业（工种）"),
        new("申报等级"), new("报名单位"), new("现工作岗位", ExportFieldKeys.CurrentOccupation), new("工龄（年）", ExportFieldKeys.WorkingYears),
        new("创经济效益金额（万元）", ExportFieldKeys.EconomicBenefit), new("企业资产（万元）", EnterpriseAssetsKey),
        new("企业年销售额（万元）", EnterpriseAnnualSalesKey), new("企业人数", EnterpriseHeadcountKey), new("联系电话", ExportFieldKeys.Phone),
    ];

    public override string Name => "wenzhou-summary";

    public override string DisplayName => "温州市高技能人才直接认定汇总表";

    public override ExportAdapterFeatures Features =>
        ExportAdapterFeatures.FullIdNumbers | ExportAdapterFeatures.PhoneNumbers | ExportAdapterFeatures.ExtraFields
        | ExportAdapterFeatures.Applicants;

    public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) => Columns;

    protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells)
    {
        cells.AddRange(
        [
            sequence.ToString(CultureInfo.InvariantCulture), row.Name, row.IdNumber, row.Gender, FormatDate(row.BirthDate),
            row.Education, FormatOccupation(row), row.LevelName, row.EnterpriseName,
        ]);
        foreach (var column in Columns.AsSpan(9))
            cells.Add(ExtraValue(row, column.ExtraKey!));
    }
}
