using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>
/// An enterprise's API key. The secret is shown once when issued; only its SHA-256 is stored. A key is found by its
/// public prefix and then compared in constant time.
/// </summary>
public sealed class ApiKey
{
    private const string Marker = "ee_";

    private ApiKey() { }

    public Guid Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Issues a new key; the returned plain text (ee_PREFIX_SECRET) is the only copy of the secret.</summary>
    public static (ApiKey Key, string PlainText) Issue(Guid enterpriseId, DateTimeOffset now)
    {
        var (prefix, hash, plainText) = KeySecrets.Issue(Marker);
        var key = new ApiKey { Id = Guid.NewGuid(), EnterpriseId = enterpriseId, Prefix = prefix, SecretHash = hash, IssuedAt = now };
        return (key, plainText);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Splits a presented key into prefix and secret; false when it is not of our shape.</summary>
    public static bool TrySplit(string? presented, out string prefix, out string secret) =>
        KeySecrets.TrySplit(presented, Marker, out prefix, out secret);

    public bool Matches(string secret) => IsActive && KeySecrets.Matches(SecretHash, secret);
}
