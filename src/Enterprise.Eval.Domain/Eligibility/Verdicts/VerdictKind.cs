namespace Enterprise.Eval.Domain.Eligibility.Verdicts;

public enum VerdictKind
{
    EligibleStandard,
    EligibleByRelaxation,
    DirectlyConfirmed,
    /// <summary>Every open point is an HR attestation; nothing else is missing or failing on that route.</summary>
    NeedsAttestation,
    /// <summary>No route is met or failed for sure: facts are missing (listed).</summary>
    Undetermined,
    Ineligible,
}
