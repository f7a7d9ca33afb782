using Enterprise.Eval.Application.Roster;

namespace Enterprise.Eval.Domain.Tests.Roster;

/// <summary>A header the roster does not know is told, with the closest known name, instead of being dropped silently.</summary>
public sealed class RosterUnknownColumnSpecs
{
    private const string Required = "工号,姓名,身份证号,部门,职业编码,职业名称,技能等级";
    private const string Row = "E1,张三,11010519491231002X,一车间,6-18-01-01,车工,高级技师";

    [Fact]
    public void MisspelledOptionalColumn_IsANoticeNamingTheColumnAndTheClosestKnownName()
    {
        var result = RosterFile.ParseText($"{Required},直接上级\n{Row},E9\n");

        Assert.Empty(result.Errors);
        Assert.Single(result.Records);
        var notice = Assert.Single(result.Notices);
        Assert.Equal((0, "直接上级", RosterFile.UnknownColumnCode), (notice.Row, notice.Column, notice.Code));
        Assert.Contains("未识别的列“直接上级”，该列未导入", notice.Message);
        Assert.Contains("最接近的列名是“直接上级工号”", notice.Message);
    }

    [Fact]
    public void UnrelatedColumn_IsToldWithoutAMisleadingSuggestion()
    {
        var result = RosterFile.ParseText($"{Required},序号\n{Row},1\n");

        var notice = Assert.Single(result.Notices);
        Assert.Contains("未识别的列“序号”", notice.Message);
        Assert.DoesNotContain("最接近", notice.Message);
    }

    [Fact]
    public void KnownColumnsOnly_GiveNoNotice()
    {
        Assert.Empty(RosterFile.ParseText($"{Required},直接上级工号\n{Row},E9\n").Notices);
    }
}
