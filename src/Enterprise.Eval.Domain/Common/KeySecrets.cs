using System.Security.Cryptography;
using System.Text;

namespace Enterprise.Eval.Domain.Common;

/// <summary>
/// The one shape of the product's API keys (<c>MARKER PREFIX _ SECRET</c>: a public 12-hex-digit prefix to find the key
/// by, a random secret of which only the SHA-256 is stored, compared in constant time). The marker tells the kinds
/// apart (<c>ee_</c> an enterprise's, <c>ea_</c> an assessor's), so one kind never opens the other's endpoints.
/// </summary>
public static class KeySecrets
{
    private const int PrefixLength = 12;

    /// <summary>A new prefix, the secret's hash to store and the plain text that is the only copy of the secret.</summary>
    public static (string Prefix, string SecretHash, string PlainText) Issue(string marker)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (prefix, Hash(secret), $"{marker}{prefix}_{secret}");
    }

    /// <summary>Splits a presented key into prefix and secret; false when it is not a key of this marker's shape.</summary>
    public static bool TrySplit(string? presented, string marker, out string prefix, out string secret)
    {
        prefix = secret = "";
        if (presented is null || !presented.StartsWith(marker, StringComparison.Ordinal)) return false;
        var rest = presented.AsSpan(marker.Length);
        if (rest.IndexOf('_') != PrefixLength) return false;
        prefix = rest[..PrefixLength].ToString();
        secret = rest[(PrefixLength + 1)..].ToString();
        return secret.Length > 0;
    }

    /// <summary>Whether the secret hashes to the stored hash, compared in constant time.</summary>
    public static bool Matches(string storedHash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
