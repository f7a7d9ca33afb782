namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// Where an application stands. The main line runs Submitted → Screened → UnderReview → Recommended → InPublicity →
/// Confirmed → Certified; Withdrawn, Ineligible and Disqualified leave it. Held sits beside Screened: the closing
/// screening found an item only HR can settle (an unconfirmed attestation, a missing required material), and the
/// application cannot enter review until HR settles it.
/// </summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    Screened,
    UnderReview,
    Recommended,
    InPublicity,
    Confirmed,
    Certified,
    Withdrawn,
    Ineligible,
    Disqualified,
    // Appended, not inserted: the status is stored by name, but code may still switch on the enum's order.
    Held,
    /// <summary>The authority that issues the certificate did not confirm the unit's recommendation (issue 19 point 2).</summary>
    AuthorityDeclined,
}
