using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.SchemeDocuments.Events;

/// <summary>Published to the enterprise's staff (公布); a cycle may now be opened from it.</summary>
public sealed record SchemePublished(SchemeDocument Document, SchemeDocumentTransition Transition) : IDomainEvent;
