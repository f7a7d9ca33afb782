namespace Enterprise.Eval.Application.Notifications;

/// <summary>One mail as a sender delivers it; the sender adds From from its configuration.</summary>
public sealed record OutgoingMail(string MessageId, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);
