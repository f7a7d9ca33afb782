namespace Enterprise.Eval.Domain.Notifications;

/// <summary>What happened that someone is told about by mail. Each kind has a template folder (see <see cref="MailEvents"/>).</summary>
public enum MailEvent
{
    WindowOpened,
    ApplicationReceived,
    ScreeningVerdict,
    MaterialReturned,
    WindowExtended,
    ReviewOutcome,
    PublicityStarted,
    ObjectionReceived,
    ObjectionResolved,
    CertificateIssued,
    Disqualified,
    HrDigest,
}
