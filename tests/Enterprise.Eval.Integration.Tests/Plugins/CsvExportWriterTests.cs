using System.Text;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

public sealed class CsvExportWriterTests
{
    private static string Write(ExportFormat format, params string?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new CsvExportWriter(stream, format))
        {
            foreach (var row in rows) writer.WriteRow(row);
        }
        var bytes = stream.ToArray();
        return format.Encoding == ExportEncoding.Utf8WithBom
            ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
            : ExportSamples.Gb18030(bytes);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =1", " =1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralise_PrefixesSingleQuote_OnlyWhenCellStartsWithFormulaCharacter(string? cell, string expected)
    {
        Assert.Equal(expected, CsvExportWriter.Neutralise(cell));
    }

    [Fact]
    public void WriteRow_QuotesCarriageReturnCell_AfterNeutralising()
    {
        Assert.Equal("\"'\rx\",y\r\n", Write(ExportFormat.Gb18030CrLf, ["\rx", "y"]));
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("plain", "plain")]
    public void WriteRow_QuotesPerRfc4180_WhenCellHasCommaQuoteOrNewline(string cell, string expected)
    {
        Assert.Equal(expected + ",end\r\n", Write(ExportFormat.Gb18030CrLf, [cell, "end"]));
        Assert.Equal(expected, CsvExportWriter.Encode(cell));
    }

    [Fact]
    public void WriteRow_KeepsRareNameCharacters_InGb18030FourByteForm()
    {
        const string rare = "王𬌗䶮"; // beyond GBK: GB18030 encodes them in four bytes

        Assert.Equal(rare + "\r\n", Write(ExportFormat.Gb18030CrLf, [rare]));
    }

    [Fact]
    public void WriteRow_UsesLf_WhenFormatAsksForIt()
    {
        Assert.Equal("a,b\nc,\n", Write(new ExportFormat(ExportEncoding.Utf8WithBom, ExportLineEnding.Lf), ["a", "b"], ["c", null]));
    }

    [Fact]
    public void Constructor_WritesBomOnce_EvenOnStreamNotAtStart()
    {
        using var stream = new MemoryStream();
        stream.Write([0x41]);
        using (var writer = new CsvExportWriter(stream, ExportFormat.Utf8BomCrLf)) writer.WriteRow(["甲"]);

        Assert.Equal(new byte[] { 0x41, 0xEF, 0xBB, 0xBF, 0xE7, 0x94, 0xB2, 0x0D, 0x0A }, stream.ToArray());
    }

    [Fact]
    public void Dispose_LeavesStreamOpen()
    {
        using var stream = new MemoryStream();
        new CsvExportWriter(stream, ExportFormat.Gb18030CrLf).Dispose();

        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void Write_StreamsRowsAsTheyComeIn_WithoutBufferingTheWholeFile()
    {
        using var stream = new MemoryStream();
        using var writer = new CsvExportWriter(stream, ExportFormat.Gb18030CrLf);
        var row = new string?[] { "证书编号", "姓名", "一二三四五六七八九十" };
        for (var i = 0; i < 20_000; i++) writer.WriteRow(row);
        var beforeFlush = stream.Length;
        writer.Flush();
        var pending = stream.Length - beforeFlush;

        Assert.Equal(20_000 * 36, stream.Length); // 36 GB18030 bytes a line
        Assert.True(pending < 200_000, $"{pending} bytes were still held back before flushing");
    }
}
