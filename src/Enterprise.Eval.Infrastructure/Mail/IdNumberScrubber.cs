using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// The last guard against an ID number in a mail (PIPL): any 18-character run that is a valid resident ID number is
/// replaced by its masked form, whatever template or model put it there. Numbers that fail the check digit are left
/// alone, so order numbers and the like survive.
/// </summary>
internal static partial class IdNumberScrubber
{
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex Candidate();

    public static string Scrub(string text) =>
        string.IsNullOrEmpty(text) ? text : Candidate().Replace(text, m =>
            ResidentIdNumber.TryParse(m.Value, out var id, out _) ? id.Masked : m.Value);
}
