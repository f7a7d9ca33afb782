namespace Enterprise.Eval.Domain.Applications;

/// <summary>What one step did, for the audit trail: the action name, the status before and after, and a note.</summary>
public sealed record ApplicationTransition(string Action, ApplicationStatus From, ApplicationStatus To, string? Note = null);
