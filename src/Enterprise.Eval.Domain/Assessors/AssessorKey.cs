using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Assessors;

/// <summary>
/// An assessor's API key: shown once when issued, only its SHA-256 stored, found by its public prefix and compared in
/// constant time, like an enterprise's key. Its own shape (<c>ea_PREFIX_SECRET</c>) keeps the two apart: an assessor
/// key opens no enterprise endpoint and an enterprise key no assessor endpoint.
/// </summary>
public sealed class AssessorKey
{
    private const string Marker = "ea_";

    private AssessorKey() { }

    public Guid Id { get; private set; }
    public Guid AssessorId { get; private set; }
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Issues a new key; the returned plain text is the only copy of the secret.</summary>
    public static (AssessorKey Key, string PlainText) Issue(Guid assessorId, DateTimeOffset now)
    {
        var (prefix, hash, plainText) = KeySecrets.Issue(Marker);
        var key = new AssessorKey { Id = Guid.NewGuid(), AssessorId = assessorId, Prefix = prefix, SecretHash = hash, IssuedAt = now };
        return (key, plainText);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Splits a presented key into prefix and secret; false when it is not an assessor key.</summary>
    public static bool TrySplit(string? presented, out string prefix, out string secret) =>
        KeySecrets.TrySplit(presented, Marker, out prefix, out secret);

    public bool Matches(string secret) => IsActive && KeySecrets.Matches(SecretHash, secret);
}
