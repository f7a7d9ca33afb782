namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>An override that was not applied, and why (most often: no reason given).</summary>
public sealed record RejectedOverride(QuotaOverride Override, ReviewOutcome Outcome);
