namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>An HR decision against the computed list. It applies only with a reason, and is kept on the record.</summary>
public sealed record QuotaOverride(Guid CandidateId, OverrideKind Kind, string Reason, string DecidedBy, DateTimeOffset DecidedAt);
