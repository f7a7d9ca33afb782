using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Application.Assessors;

/// <summary>A scheme as its assessor sees it: the document and the enterprise that submitted it.</summary>
public sealed record SchemeForAssessment(SchemeDocument Document, string EnterpriseName, string EnterpriseCreditCode);
