using System.Text;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Domain.Tests.Roster;

public sealed class RosterFileSpecs
{
    private const string Header = "工号,姓名,身份证号,性别,出生日期,部门,职业编码,职业名称,工种,技能等级,取得等级日期,现岗位起始日期,学历,手机号";

    [Fact]
    public void CleanRow_BecomesARecordWithNormalisedValues()
    {
        var result = RosterFile.ParseText($"{Header}\nE1,张三,11010519491231002X,女,1949-12-31,一车间,6-18-01-01,车工,车工,一级,2019/5/31,2019年6月1日,专科,13812341234\n");

        var record = Assert.Single(result.Records);
        Assert.Equal(SkillLevel.SeniorTechnician, record.SkillLevel);
        Assert.Equal(new DateOnly(2019, 5, 31), record.SkillLevelObtainedOn);
        Assert.Equal(new DateOnly(2019, 6, 1), record.PostStartedOn);
        Assert.Equal("大专", record.Education);
    }

    [Fact]
    public void LowerCaseX_IsStoredUpperCase_AndToldAsANoticeNotAnError()
    {
        var result = RosterFile.ParseText($"{Header}\nE1,张三,11010519491231002x,女,1949-12-31,一车间,6-18-01-01,车工,车工,一级,,,,\n");

        Assert.Empty(result.Errors);
        Assert.Equal("11010519491231002X", Assert.Single(result.Records).IdNumber);
        var notice = Assert.Single(result.Notices);
        Assert.Equal((1, "身份证号", "EVAL-ROSTER-030"), (notice.Row, notice.Column, notice.Code));
        Assert.Contains("小写“x”已按大写“X”保存", notice.Message);
    }

    [Fact]
    public void UpperCaseX_GivesNoNotice()
    {
        var result = RosterFile.ParseText($"{Header}\nE1,张三,11010519491231002X,女,1949-12-31,一车间,6-18-01-01,车工,车工,一级,,,,\n");

        Assert.Empty(result.Notices);
    }

    [Fact]
    public void ByteOrderMarks_AreDropped_AtTheStartAndInsideTheText()
    {
        var row = "E1,张三,11010519491231002X,女,1949-12-31,一车间,6-18-01-01,车工,车工,高级技师,,,,";
        var glued = "E2,李四,440524188001010014,男,1880-01-01,二车间,6-18-01-01,车工,,技师,,,,";

        var result = RosterFile.ParseText($"\uFEFF{Header}\n{row}\n\uFEFF{glued}\n");

        Assert.Empty(result.Errors);
        Assert.Equal(["E1", "E2"], result.Records.Select(r => r.EmployeeNumber));
    }

    [Fact]
    public void RowDisagreeingWithItsId_ReportsGenderAndBirthDate()
    {
        var result = RosterFile.ParseText($"{Header}\nE1,张三,11010519491231002X,男,1949-12-30,一车间,6-18-01-01,车工,,高级技师,,,,\n");

        Assert.Equal(["EVAL-ROSTER-005", "EVAL-ROSTER-006"], result.Errors.Select(e => e.Code));
        Assert.Empty(result.Records);
    }

    [Fact]
    public void EveryProblemOfAFile_IsReportedWithRowAndColumn()
    {
        var csv = $"{Header}\n" +
                  "E1,张三,11010519491231002X,女,,一车间,6-18-1-1,车工,,大师,2019-02-30,,博士后,1381234\n" +
                  "E1,李四,440524188001010014,,,二车间,6-18-01-01,车工,,技师,,,,\n" +
                  "E3,王五\n";

        var errors = RosterFile.ParseText(csv).Errors.Select(e => (e.Row, e.Column, e.Code)).ToList();

        Assert.Equal(
        [
            (1, "职业编码", "EVAL-ROSTER-009"), (1, "技能等级", "EVAL-ROSTER-008"), (1, "学历", "EVAL-ROSTER-010"),
            (1, "手机号", "EVAL-ROSTER-013"), (1, "取得等级日期", "EVAL-ROSTER-007"),
            (2, "工号", "EVAL-ROSTER-014"), (3, "", "EVAL-ROSTER-016"),
        ], errors);
    }

    [Fact]
    public void MissingRequiredColumn_IsReportedOnRowZero()
    {
        var errors = RosterFile.ParseText("工号,姓名\nE1,张三\n").Errors;

        Assert.All(errors, e => Assert.Equal((0, "EVAL-ROSTER-001"), (e.Row, e.Code)));
        Assert.Contains(errors, e => e.Column == "身份证号");
    }

    [Fact]
    public void Gb18030Bytes_AreDetected()
    {
        var bytes = TextFileDecoder.Gb18030.GetBytes($"{Header}\nE1,张三,11010519491231002X,女,,一车间,6-18-01-01,车工,,技师,,,,\n");

        Assert.Equal("张三", Assert.Single(RosterFile.Parse(bytes).Records).Name);
    }

    [Fact]
    public void Utf8WithBom_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\nE1,张三,11010519491231002X,女,,一车间,6-18-01-01,车工,,技师,,,,\n")).ToArray();

        Assert.Single(RosterFile.Parse(bytes).Records);
    }
}
