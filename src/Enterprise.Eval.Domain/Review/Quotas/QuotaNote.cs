namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>A warning or a reason attached to a line of the list, with a stable code.</summary>
public sealed record QuotaNote(string Code, string Message);
