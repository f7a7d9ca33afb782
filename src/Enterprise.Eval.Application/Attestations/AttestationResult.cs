using Enterprise.Eval.Domain.Eligibility.Verdicts;

namespace Enterprise.Eval.Application.Attestations;

/// <summary>The attestation recorded and the application's verdict screened again with it.</summary>
public sealed record AttestationResult(AttestationRecord Attestation, Verdict Verdict);
