using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.SchemeDocuments.Events;

/// <summary>Returned by the assessor with its comments (the transition's note).</summary>
public sealed record SchemeReturned(SchemeDocument Document, SchemeDocumentTransition Transition) : IDomainEvent;
