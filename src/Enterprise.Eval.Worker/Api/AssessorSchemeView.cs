using Enterprise.Eval.Application.Assessors;

namespace Enterprise.Eval.Worker.Api;

/// <summary>A scheme as its assessor sees it: the enterprise that submitted it and the stored scheme.</summary>
public sealed record AssessorSchemeView(string EnterpriseName, string EnterpriseCreditCode, SchemeDocumentView Scheme)
{
    public static AssessorSchemeView Of(SchemeForAssessment s) => Of(s, withContent: false);

    public static AssessorSchemeView Of(SchemeForAssessment s, bool withContent) =>
        new(s.EnterpriseName, s.EnterpriseCreditCode, SchemeDocumentView.Of(s.Document, withContent));
}
