namespace Enterprise.Eval.Application.Notifications;

/// <summary>Whose templates to use: an enterprise may override the defaults under its ID or its credit code.</summary>
public sealed record MailTemplateScope(Guid EnterpriseId, string CreditCode);
