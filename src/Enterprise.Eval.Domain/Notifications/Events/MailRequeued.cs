using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Notifications.Events;

/// <summary>A failed mail was given a fresh set of attempts; what it had been (status, attempts, last error) is kept for the record.</summary>
public sealed record MailRequeued(OutboxMessage Message, OutboxStatus FormerStatus, int FormerAttempts, string? FormerError) : IDomainEvent;
