using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>A certificate as the API, the verbs and the audit trail show it (no personal ID numbers).</summary>
public sealed record CertificateView(
    string Number, Guid? CycleId, Guid HolderEmployeeId, string HolderName, string OccupationCode, string OccupationName,
    string? WorkType, string Level, DateOnly IssueDate, IReadOnlyList<CertificateStageScore> StageScores, bool Revoked,
    string? RevocationReason, DateTimeOffset? RevokedAt)
{
    public static CertificateView Of(Certificate c) => new(
        c.Number.Value, c.CycleId, c.HolderEmployeeId, c.HolderName, c.OccupationCode, c.OccupationName, c.WorkType,
        c.Level.ChineseName(), c.IssueDate, c.StageScores, c.IsRevoked, c.RevocationReason, c.RevokedAt);
}
