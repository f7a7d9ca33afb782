namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// Stable codes of the gates between screening and review (issue 18): the hold for items only HR can settle, and an
/// applicant taken out after screening. A prefix of their own so they never collide with EVAL-APPL-… numbering.
/// Never renumber.
/// </summary>
public static class GateErrors
{
    /// <summary>The review cannot start while applications are held (待人事确认).</summary>
    public const string HeldBeforeReview = "EVAL-GATE-001";
    /// <summary>A certificate was issued already: an attestation can no longer take the applicant out.</summary>
    public const string AlreadyCertified = "EVAL-GATE-002";
    /// <summary>A material item HR is asked to settle is not a required item of the scheme.</summary>
    public const string NotARequiredMaterial = "EVAL-GATE-003";
}
