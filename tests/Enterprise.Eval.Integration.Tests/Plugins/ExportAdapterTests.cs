using System.Text;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

public sealed class ExportAdapterTests(LoadedPacksFixture packs) : IClassFixture<LoadedPacksFixture>
{
    public static TheoryData<string> Adapters => new(ExportSamples.AdapterNames);

    [Theory]
    [MemberData(nameof(Adapters))]
    public void Write_ProducesGb18030WithCrLf_ByDefault(string name)
    {
        var adapter = packs.Adapter(name);

        var bytes = ExportSamples.Export(adapter, [ExportSamples.Row()], ExportSamples.Options());

        Assert.Equal(ExportFormat.Gb18030CrLf, adapter.DefaultFormat);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.True(bytes.AsSpan().IndexOf(new byte[] { 0xD5, 0xC5, 0xC8, 0xFD }) >= 0, "张三 in GB18030 bytes");
        var text = ExportSamples.Gb18030(bytes);
        Assert.Equal(2, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
        Assert.StartsWith(string.Join(',', adapter.GetColumns(ExportSamples.Options()).Select(c => c.Header)) + "\r\n", text);
    }

    [Theory]
    [MemberData(nameof(Adapters))]
    public void Write_ProducesUtf8WithBom_WhenRequested(string name)
    {
        var bytes = ExportSamples.Export(packs.Adapter(name), [ExportSamples.Row()], ExportSamples.Options(ExportFormat.Utf8BomCrLf));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("张三", text);
        Assert.EndsWith("\r\n", text);
    }

    [Theory]
    [MemberData(nameof(Adapters))]
    public void Write_ExportsFormulaNameAsInertText(string name)
    {
        var formula = "=HYPERLINK(\"http://evil.example/?x=1\",\"点我\")";

        var text = ExportSamples.Gb18030(ExportSamples.Export(packs.Adapter(name), [ExportSamples.Row(formula)], ExportSamples.Options()));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example/?x=1\"\",\"\"点我\"\")\",", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.DoesNotContain(",\"=HYPERLINK", text);
    }

    [Theory]
    [MemberData(nameof(Adapters))]
    public void Write_GivesIdenticalBytes_ForTheSameRows(string name)
    {
        var adapter = packs.Adapter(name);
        ExportRow[] rows = [ExportSamples.Row(), ExportSamples.Row("李四", "440524188001010014")];

        var first = ExportSamples.Export(adapter, rows, ExportSamples.Options());
        var second = ExportSamples.Export(adapter, rows.Select(r => r), ExportSamples.Options());

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Adapters))]
    public void Write_HasOneCellPerColumn_OnEveryLine(string name)
    {
        var adapter = packs.Adapter(name);

        var text = ExportSamples.Gb18030(ExportSamples.Export(adapter, [ExportSamples.Row(), ExportSamples.Row("王五")], ExportSamples.Options()));

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Equal(adapter.GetColumns(ExportSamples.Options()).Count, line.Split(',').Length));
    }

    [Fact]
    public void JiangsuPublicity_NeverCarriesIdOrPhoneNumbers()
    {
        var adapter = packs.Adapter("jiangsu-publicity");

        var text = ExportSamples.Gb18030(ExportSamples.Export(adapter, [ExportSamples.Row()], ExportSamples.Options()));

        Assert.True(adapter.Features.HasFlag(ExportAdapterFeatures.PublicityList));
        Assert.False(adapter.Features.HasFlag(ExportAdapterFeatures.FullIdNumbers));
        Assert.DoesNotContain("11010519491231002X", text);
        Assert.DoesNotContain("13812341234", text);
        Assert.Contains("1,张三,女,江苏某机械有限公司,一车间,车工（数控车工）,特级技师\r\n", text);
    }

    [Fact]
    public void WenzhouSummary_HasTheSixteenColumnsOfSeed001Attachment2()
    {
        var adapter = packs.Adapter("wenzhou-summary");

        var headers = adapter.GetColumns(new ExportOptions()).Select(c => c.Header);

        Assert.Equal(
            ["序号", "姓名", "身份证号", "性别", "出生年月日", "文化程度", "申报职业（工种）", "申报等级", "报名单位", "现工作岗位",
             "工龄（年）", "创经济效益金额（万元）", "企业资产（万元）", "企业年销售额（万元）", "企业人数", "联系电话"],
            headers);
        Assert.True(adapter.Features.HasFlag(ExportAdapterFeatures.PhoneNumbers));
    }

    [Fact]
    public void WenzhouSummary_FillsExtraColumnsFromExtraKeys()
    {
        var text = ExportSamples.Gb18030(ExportSamples.Export(packs.Adapter("wenzhou-summary"), [ExportSamples.Row()], new ExportOptions()));

        Assert.EndsWith(
            "1,张三,11010519491231002X,女,1949-12-31,大专,车工（数控车工）,特级技师,江苏某机械有限公司,数控车床操作,32,,,,,13812341234\r\n",
            text);
    }

    [Fact]
    public void National_AddsOneScoreColumnPerStage_InTheGivenOrder()
    {
        var adapter = packs.Adapter("national");
        var options = new ExportOptions { StageNames = ["口头答辩", "业绩评审", "技术攻关"] };

        var text = ExportSamples.Gb18030(ExportSamples.Export(adapter, [ExportSamples.Row()], options));

        var lines = text.Split("\r\n");
        Assert.EndsWith(",口头答辩成绩,业绩评审成绩,技术攻关成绩", lines[0]);
        Assert.EndsWith(",江苏某机械有限公司,0000,90,88.5,", lines[1]);
        Assert.StartsWith("Y00003212345626T000001,张三,居民身份证,11010519491231002X,女,1949-12-31,", lines[1]);
    }

    [Fact]
    public void ShandongUpload_CarriesTheRelaxationReason()
    {
        var adapter = packs.Adapter("shandong-upload");

        var text = ExportSamples.Gb18030(ExportSamples.Export(adapter, [ExportSamples.Row()], new ExportOptions()));

        Assert.EndsWith(",掌握独有技艺\r\n", text);
        Assert.Contains(new ExportColumn("放宽评价条件说明", "relaxation-reason"), adapter.GetColumns(new ExportOptions()));
    }
}
