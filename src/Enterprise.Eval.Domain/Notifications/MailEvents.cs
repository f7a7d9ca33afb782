namespace Enterprise.Eval.Domain.Notifications;

/// <summary>The stable, kebab-case name of each mail event: its template folder and its name on the command line.</summary>
public static class MailEvents
{
    private static readonly Dictionary<MailEvent, string> Names = new()
    {
        [MailEvent.WindowOpened] = "window-opened",
        [MailEvent.ApplicationReceived] = "application-received",
        [MailEvent.ScreeningVerdict] = "screening-verdict",
        [MailEvent.MaterialReturned] = "material-returned",
        [MailEvent.WindowExtended] = "window-extended",
        [MailEvent.ReviewOutcome] = "review-outcome",
        [MailEvent.PublicityStarted] = "publicity-started",
        [MailEvent.ObjectionReceived] = "objection-received",
        [MailEvent.ObjectionResolved] = "objection-resolved",
        [MailEvent.CertificateIssued] = "certificate-issued",
        [MailEvent.Disqualified] = "disqualified",
        [MailEvent.HrDigest] = "hr-digest",
        [MailEvent.SchemePublished] = "scheme-published",
    };

    private static readonly HashSet<MailEvent> Retired = [MailEvent.ObjectionReceived, MailEvent.ObjectionResolved];

    /// <summary>The events the product sends today, each with a template folder.</summary>
    public static IReadOnlyCollection<MailEvent> All { get; } = Names.Keys.Where(k => !Retired.Contains(k)).ToArray();

    public static string TemplateName(this MailEvent kind) =>
        Names.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mail event.");

    public static bool TryParse(string? name, out MailEvent kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(Names[k], name, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
