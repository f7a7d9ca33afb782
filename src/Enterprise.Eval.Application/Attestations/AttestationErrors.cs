namespace Enterprise.Eval.Application.Attestations;

/// <summary>Stable codes of attestation refusals. Never renumber.</summary>
public static class AttestationErrors
{
    public const string ItemRequired = "EVAL-ATTEST-001";
    public const string ReasonRequired = "EVAL-ATTEST-002";
    public const string ApplicationClosed = "EVAL-ATTEST-003";
    public const string TooLong = "EVAL-ATTEST-004";
    // EVAL-ATTEST-005 is the API's and the verb's "no yes/no given".
    public const string UnknownItem = "EVAL-ATTEST-006";
}
