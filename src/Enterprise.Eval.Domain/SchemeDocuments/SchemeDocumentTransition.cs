namespace Enterprise.Eval.Domain.SchemeDocuments;

/// <summary>One change of a stored scheme's status, for the audit trail; <see cref="Note"/> carries return comments.</summary>
public sealed record SchemeDocumentTransition(string Action, SchemeDocumentStatus From, SchemeDocumentStatus To, DateTimeOffset At, string By, string? Note = null);
