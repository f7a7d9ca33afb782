using Enterprise.Eval.Domain.Applications;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// What the applicant's status page shows, and nothing more: no ID or phone number, the name masked. Instants are
/// UTC; the page shows them in China time.
/// </summary>
public sealed record ApplicantStatusView(
    string EnterpriseName,
    string CycleName,
    int Year,
    string LevelName,
    string OccupationName,
    string MaskedName,
    string ApplicationNumber,
    ApplicationStatus Status,
    string StatusName,
    string? StatusReason,
    string? ScreeningSummary,
    IReadOnlyList<ReturnedMaterial> ReturnedMaterials,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? WindowClosesAt,
    DateTimeOffset? ReviewEndsAt,
    string? PublicityPeriod,
    string? CertificateNumber,
    DateOnly? CertificateIssuedOn);
