namespace Enterprise.Eval.Application.Notifications;

/// <summary>What adding an event to the outbox did: mails queued, repeats ignored, recipients without an address.</summary>
public sealed record NotificationResult(int Queued, int Duplicates, IReadOnlyList<string> MissingAddress);
