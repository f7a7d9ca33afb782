namespace Enterprise.Eval.Application.Notifications;

/// <summary>The day's figures for the HR digest that other features count; failed mails are counted by the outbox itself.</summary>
public sealed record HrDigestCounts(int NewApplications, int ReturnedMaterials, int OpenObjections);
