using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Application.Assessors;

/// <summary>
/// A scheme as its assessor sees it: the document, the enterprise that submitted it, the deadline the scheme states
/// for the assessment (null: it states none) and whether that day has passed while the scheme still waits for the
/// assessor (<see cref="Overdue"/>; never without a stated deadline).
/// </summary>
public sealed record SchemeForAssessment(SchemeDocument Document, string EnterpriseName, string EnterpriseCreditCode, DateOnly? Deadline, bool Overdue);
