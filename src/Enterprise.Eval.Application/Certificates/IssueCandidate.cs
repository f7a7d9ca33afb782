using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// One person to certify, as the applications work (or an HR file) hands it over: who, for which occupation, 工种 and
/// level, on which China date, and the stage scores the award rests on.
/// </summary>
public sealed record IssueCandidate(
    Guid EnterpriseId,
    Guid? CycleId,
    Guid EmployeeId,
    string OccupationCode,
    string OccupationName,
    string? WorkType,
    SkillLevel Level,
    DateOnly IssueDate,
    IReadOnlyList<CertificateStageScore>? StageScores = null);
