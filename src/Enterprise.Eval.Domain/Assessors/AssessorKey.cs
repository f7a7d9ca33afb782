using System.Security.Cryptography;
using System.Text;

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
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var key = new AssessorKey { Id = Guid.NewGuid(), AssessorId = assessorId, Prefix = prefix, SecretHash = Hash(secret), IssuedAt = now };
        return (key, $"{Marker}{prefix}_{secret}");
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Splits a presented key into prefix and secret; false when it is not an assessor key.</summary>
    public static bool TrySplit(string? presented, out string prefix, out string secret)
    {
        prefix = secret = "";
        if (presented is null || !presented.StartsWith(Marker, StringComparison.Ordinal)) return false;
        var rest = presented.AsSpan(Marker.Length);
        var sep = rest.IndexOf('_');
        if (sep != 12) return false;
        prefix = rest[..sep].ToString();
        secret = rest[(sep + 1)..].ToString();
        return secret.Length > 0;
    }

    public bool Matches(string secret) =>
        IsActive && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
