namespace Enterprise.Eval.Domain.Notifications;

/// <summary>
/// A deliberately plain address check (one @, a dotted domain, no spaces, angle brackets or list separators): the point
/// is to catch typos before a mail silently bounces, not to implement RFC 5322. The domain stays free of packages, so
/// this is not MimeKit's parser; the sender still refuses what MimeKit cannot parse, and the outbox records why.
/// </summary>
public static class MailAddressFormat
{
    public const int MaxLength = 200;

    public static bool LooksLikeAddress(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength) return false;
        if (address.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or ',' or ';' or '"')) return false;
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@')) return false;
        var domain = address[(at + 1)..];
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }
}
