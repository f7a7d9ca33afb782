using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.SchemeDocuments.Events;

/// <summary>Approved: by the assessor for a scheme that requires assessment, otherwise by HR.</summary>
public sealed record SchemeApproved(SchemeDocument Document, SchemeDocumentTransition Transition) : IDomainEvent;
