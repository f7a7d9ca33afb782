using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.SchemeDocuments.Events;

/// <summary>A scheme text was stored as a draft.</summary>
public sealed record SchemeUploaded(SchemeDocument Document) : IDomainEvent;
