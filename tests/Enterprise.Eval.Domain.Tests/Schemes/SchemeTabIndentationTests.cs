using Enterprise.Eval.Application.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>A tab in a scheme's indentation is reported on its own line and column, with the fix, not at 1:1.</summary>
public sealed class SchemeTabIndentationTests
{
    [Fact]
    public void Parse_OfATabIndentedLine_ReportsThatLineAndColumn()
    {
        var text = "id: t\ntitle: 测试方案\nyear: 2026\ntargetLevel: 特级技师\neligibility:\n\tconditions:\n";

        var result = SchemeFileParser.Parse(text, "t.yaml");

        Assert.Null(result.Scheme);
        var error = Assert.Single(result.Errors);
        Assert.Equal(SchemeErrorCodes.Syntax, error.Code);
        Assert.Equal((6, 1), (error.Line, error.Column));
        Assert.Contains("制表符", error.Message);
        Assert.Contains("空格", error.Message);
    }
}
