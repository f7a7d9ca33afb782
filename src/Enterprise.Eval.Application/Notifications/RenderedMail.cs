namespace Enterprise.Eval.Application.Notifications;

/// <summary>A template rendered for one recipient: subject, plain text and HTML, with no ID number left in any of them.</summary>
public sealed record RenderedMail(string Subject, string TextBody, string HtmlBody);
