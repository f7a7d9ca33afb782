using System.Buffers.Text;
using System.Security.Cryptography;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// The applicant's key to their status page: 256 random bits, base64url (43 characters). It is stored beside the
/// application as the column <see cref="Property"/> (a shadow property: the domain does not know how people reach it),
/// given to every new application when it is added, and sent only in the applicant's own mails.
/// </summary>
public static class ApplicantStatusToken
{
    public const string Property = "StatusToken";
    public const int MaxLength = 64;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether a path segment can be a token at all (checked before any query).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
}
