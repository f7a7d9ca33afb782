using Enterprise.Eval.Application.Assessors;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// A scheme as its assessor sees it: the enterprise that submitted it, the deadline the scheme states for the
/// assessment (null when it states none) with its display text, whether it is overdue, and the stored scheme.
/// </summary>
public sealed record AssessorSchemeView(
    string EnterpriseName, string EnterpriseCreditCode, DateOnly? AssessmentDeadline, string? AssessmentDeadlineText, bool Overdue,
    SchemeDocumentView Scheme)
{
    public static AssessorSchemeView Of(SchemeForAssessment s) => Of(s, withContent: false);

    public static AssessorSchemeView Of(SchemeForAssessment s, bool withContent) =>
        new(s.EnterpriseName, s.EnterpriseCreditCode, s.Deadline,
            s.Deadline is { } d ? Domain.Common.ChinaTime.FormatDate(d) + "前（含当日）" : null, s.Overdue,
            SchemeDocumentView.Of(s.Document, withContent));
}
