namespace Enterprise.Eval.Domain.Applications;

/// <summary>Groups of statuses the rules speak of, defined once.</summary>
public static class ApplicationStatuses
{
    /// <summary>
    /// Out of the running: withdrawn, ruled ineligible or disqualified. Such an application takes no quota place, is
    /// told of nothing further in the cycle, and its materials are no longer reviewed. An array, so queries can use it.
    /// </summary>
    public static readonly IReadOnlyList<ApplicationStatus> Out = [ApplicationStatus.Withdrawn, ApplicationStatus.Ineligible, ApplicationStatus.Disqualified];

    public static bool IsOut(this ApplicationStatus status) => Out.Contains(status);

    /// <summary>
    /// Passed the closing screening and still in the cycle, up to and including the certificate: the applicants a unit
    /// reports at recommendation, and those a later "no" from HR can still take out. An array, so queries can use it.
    /// </summary>
    public static readonly IReadOnlyList<ApplicationStatus> PassedClosingScreening =
    [
        ApplicationStatus.Screened, ApplicationStatus.UnderReview, ApplicationStatus.Recommended, ApplicationStatus.InPublicity,
        ApplicationStatus.Confirmed, ApplicationStatus.Certified,
    ];
}
