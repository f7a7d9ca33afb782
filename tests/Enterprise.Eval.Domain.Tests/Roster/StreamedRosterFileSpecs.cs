using System.Text;
using Enterprise.Eval.Application.Facts;
using Enterprise.Eval.Application.Roster;

namespace Enterprise.Eval.Domain.Tests.Roster;

/// <summary>
/// A roster or facts file read as it streams (the HTTP import) gives exactly what the same bytes give in memory:
/// the same encoding detection, the same BOM handling, the same errors.
/// </summary>
public sealed class StreamedRosterFileSpecs
{
    private const string Header = "工号,姓名,身份证号,性别,出生日期,部门,职业编码,职业名称,工种,技能等级,取得等级日期,现岗位起始日期,学历,手机号";
    private const string Row = "E1,张三,11010519491231002X,女,1949-12-31,一车间,6-18-01-01,车工,车工,一级,,,,";
    private const string OtherRow = "E2,李四,33030219690617975X,男,1969-06-17,二车间,6-18-01-01,车工,车工,一级,,,,";

    private static Stream Seekable(byte[] bytes) => new MemoryStream(bytes, writable: false);

    private static string[] Names(RosterParseResult result) => [.. result.Records.Select(r => r.Name)];

    [Fact]
    public void Gb18030_LargerThanTheReadersBuffers_IsDetectedAndReadWhole()
    {
        // Blank lines (skipped) put the second row well past the first buffers of the UTF-8 attempt and of the re-read.
        var bytes = TextFileDecoder.Gb18030.GetBytes($"{Header}\n{Row}\n{new string('\n', 300_000)}{OtherRow}\n");

        var streamed = RosterFile.Parse(Seekable(bytes));

        Assert.True(streamed.IsValid, string.Join("; ", streamed.Errors.Select(e => e.Message)));
        Assert.Equal(["张三", "李四"], Names(streamed));
        Assert.Equal(Names(RosterFile.Parse(bytes)), Names(streamed));
    }

    [Fact]
    public void Utf8WithLeadingAndGluedByteOrderMarks_IsReadLikeTheBytes()
    {
        var bytes = Encoding.UTF8.GetBytes($"\uFEFF{Header}\n{Row}\n\uFEFF{OtherRow}\n");

        var streamed = RosterFile.Parse(Seekable(bytes));

        Assert.Equal(["张三", "李四"], Names(streamed));
        Assert.Equal(["E1", "E2"], streamed.Records.Select(r => r.EmployeeNumber));
    }

    [Fact]
    public void Gb18030_ReadAsNamedUtf8_IsRefusedWithTheEncodingCode()
    {
        var bytes = TextFileDecoder.Gb18030.GetBytes($"{Header}\n{Row}\n");

        var streamed = RosterFile.Parse(Seekable(bytes), "utf-8");

        Assert.Equal("EVAL-ROSTER-019", Assert.Single(streamed.Errors).Code);
        Assert.Equal(RosterFile.Parse(bytes, "utf-8").Errors.Select(e => e.Code), streamed.Errors.Select(e => e.Code));
    }

    [Fact]
    public void UnknownEncodingName_IsRefusedWithTheEncodingCode()
    {
        var streamed = RosterFile.Parse(Seekable(Encoding.UTF8.GetBytes($"{Header}\n{Row}\n")), "latin1");

        Assert.Equal("EVAL-ROSTER-019", Assert.Single(streamed.Errors).Code);
    }

    [Fact]
    public void RowErrors_AreTheSameAsForTheBytes()
    {
        var bytes = Encoding.UTF8.GetBytes($"{Header}\n{Row}\n{Row}\nE3,王五\n");

        var streamed = RosterFile.Parse(Seekable(bytes));

        Assert.False(streamed.IsValid);
        Assert.Empty(streamed.Records);
        Assert.Equal(RosterFile.Parse(bytes).Errors.Select(e => (e.Row, e.Column, e.Code)), streamed.Errors.Select(e => (e.Row, e.Column, e.Code)));
    }

    [Fact]
    public void FactsFile_InGb18030_IsReadFromAStream()
    {
        const string factsHeader = "工号,类别,年份,日期,级别,竞赛类别,名次,奖项等级,名称,刊物类别,金额（万元）,结果,主要完成者";
        var bytes = TextFileDecoder.Gb18030.GetBytes($"{factsHeader}\n{new string('\n', 200_000)}E1,年度考核,2021,,,,,,,,,合格,\n");

        var result = new FactsCsvImporter().Import(Seekable(bytes));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(["E1"], result.ByEmployee.Keys);
    }
}
