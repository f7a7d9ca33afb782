namespace Enterprise.Eval.Application.Notifications;

/// <summary>A mail that did not go out, as HR and operators see it (no body: it may be long and is in the outbox).</summary>
public sealed record FailedMail(
    long Id, Guid EnterpriseId, string Event, string RecipientName, string RecipientAddress, string Subject,
    string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt);
