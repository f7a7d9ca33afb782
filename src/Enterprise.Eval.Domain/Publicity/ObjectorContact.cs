using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Publicity;

/// <summary>
/// What the objection form accepts as a contact: a mainland mobile number (spaces, hyphens and a +86 prefix are
/// dropped) or a bare e-mail address. The contact is for HR to reply by hand; the product never mails it, because
/// nothing proves the address is the objector's own (anyone who can open a publicity page could otherwise make the
/// enterprise's mail server write to a stranger).
/// </summary>
public static class ObjectorContact
{
    /// <summary>The contact in its stored form, or null when it is neither a mobile number nor an e-mail address.</summary>
    public static string? Normalise(string contact)
    {
        var trimmed = contact.Trim();
        if (ContactFormats.IsEmail(trimmed))
            return trimmed;
        var digits = trimmed.Replace(" ", "").Replace("-", "");
        if (digits.StartsWith("+86", StringComparison.Ordinal))
            digits = digits[3..];
        return ContactFormats.IsMobile(digits) ? digits : null;
    }
}
