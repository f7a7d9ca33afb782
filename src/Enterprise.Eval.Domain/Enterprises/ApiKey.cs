using System.Security.Cryptography;
using System.Text;

namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>
/// An enterprise's API key. The secret is shown once when issued; only its SHA-256 is stored. A key is found by its
/// public prefix and then compared in constant time.
/// </summary>
public sealed class ApiKey
{
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
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var key = new ApiKey { Id = Guid.NewGuid(), EnterpriseId = enterpriseId, Prefix = prefix, SecretHash = Hash(secret), IssuedAt = now };
        return (key, $"ee_{prefix}_{secret}");
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Splits a presented key into prefix and secret; false when it is not of our shape.</summary>
    public static bool TrySplit(string? presented, out string prefix, out string secret)
    {
        prefix = secret = "";
        if (presented is null || !presented.StartsWith("ee_", StringComparison.Ordinal)) return false;
        var rest = presented.AsSpan(3);
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
