using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.SchemeDocuments.Events;

/// <summary>方案报审: submitted to the assessor (the document's AssessorId).</summary>
public sealed record SchemeSubmitted(SchemeDocument Document, SchemeDocumentTransition Transition) : IDomainEvent;
