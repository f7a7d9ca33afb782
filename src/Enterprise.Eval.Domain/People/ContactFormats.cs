using System.Text.RegularExpressions;

namespace Enterprise.Eval.Domain.People;

/// <summary>
/// The one reading of a mainland mobile number and of a plain e-mail address, for the roster and the public objection
/// form alike. An address is the bare <c>local@domain</c> form only: no display name, angle brackets, spaces or line
/// breaks, so a value that passes can never carry a second header or a name into a mail.
/// </summary>
public static partial class ContactFormats
{
    public static bool IsMobile(string value) => MobilePattern().IsMatch(value);

    public static bool IsEmail(string value) => value.Length <= 254 && EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^1\d{10}\z")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\z")]
    private static partial Regex EmailPattern();
}
