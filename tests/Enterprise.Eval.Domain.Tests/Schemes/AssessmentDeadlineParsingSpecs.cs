using Enterprise.Eval.Application.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>The scheme's deadline for its assessment (docs/scheme-format.md, assessmentDeadline; 江苏 004 三 时序进度).</summary>
public sealed class AssessmentDeadlineParsingSpecs
{
    [Fact]
    public void AssessmentDeadline_OfASchemeThatIsAssessed_IsReadAsAChinaDate()
    {
        var result = MinimalScheme.With("""
            assessmentRequired: true
            assessmentDeadline: 2026年1月10日
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new DateOnly(2026, 1, 10), result.Scheme!.AssessmentDeadline);
    }

    [Fact]
    public void AssessmentDeadline_WithoutAssessment_IsInconsistent()
    {
        var result = MinimalScheme.With("assessmentDeadline: 2026-01-10\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(SchemeErrorCodes.Inconsistent, error.Code);
        Assert.Contains("assessmentRequired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAssessmentDeadline_IsNone_NotAProductDefault()
    {
        var result = MinimalScheme.With("assessmentRequired: true\n");

        Assert.Empty(result.Errors);
        Assert.Null(result.Scheme!.AssessmentDeadline);
    }
}
