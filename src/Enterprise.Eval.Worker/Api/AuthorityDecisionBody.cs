namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// One answer of the authority that issues the scheme's certificate (issue 19 point 2): `confirmed` with the
/// `certificateNumber` it gave, or not with its `reason`; `decidedOn` is the day it decided (2026-07-20; default today).
/// </summary>
public sealed record AuthorityDecisionBody(Guid ApplicationId, bool Confirmed, string? CertificateNumber, string? DecidedOn, string? Reason);
