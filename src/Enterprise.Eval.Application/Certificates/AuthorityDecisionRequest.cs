namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// What HR copies from the authority's answer for one submitted applicant: confirmed with the certificate number the
/// authority gave, or not confirmed with its reason; the day the authority decided (default: today, China time).
/// </summary>
public sealed record AuthorityDecisionRequest(Guid ApplicationId, bool Confirmed, string? CertificateNumber = null, DateOnly? DecidedOn = null, string? Reason = null);
