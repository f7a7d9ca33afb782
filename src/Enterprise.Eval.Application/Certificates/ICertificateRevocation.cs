using Enterprise.Eval.Domain.Certificates;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// Revocation as other features call it, e.g. the applications work when fraud (弄虚作假) comes to light after issue.
/// Revoked certificates keep their numbers; the next issue never reuses them.
/// </summary>
public interface ICertificateRevocation
{
    /// <summary>Revokes one certificate of the enterprise; throws NotFoundException for another enterprise's number.</summary>
    Task<Certificate> RevokeAsync(Guid enterpriseId, string number, string reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>Revokes every unrevoked certificate the employee obtained in the cycle; returns them (empty when none).</summary>
    Task<IReadOnlyList<Certificate>> RevokeForFraudAsync(Guid enterpriseId, Guid cycleId, Guid employeeId, string details, string actor,
        CancellationToken cancellationToken = default);
}
