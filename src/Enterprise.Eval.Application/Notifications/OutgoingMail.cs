namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// One mail as a sender delivers it; the sender adds From from its configuration. Event is the mail event's stable
/// name (window-opened, hr-digest, …), sent as the X-Eval-Event header so a mailbox rule or a test can sort by it.
/// </summary>
public sealed record OutgoingMail(string MessageId, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody, string? Event = null);
