namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// Where an application stands. The main line runs Submitted → Screened → UnderReview → Recommended → InPublicity →
/// Confirmed → Certified; Withdrawn, Ineligible and Disqualified leave it.
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
}
