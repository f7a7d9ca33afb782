namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// Revokes the certificate issued for an application; implemented by the certificates feature. Called in the same
/// unit of work as the disqualification: the implementation adds its changes and does not save.
/// </summary>
public interface ICertificateRevocation
{
    Task RevokeForApplicationAsync(Guid enterpriseId, Guid applicationId, string reason, string actor, CancellationToken ct);
}
