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

    // Retired: the objection form no longer mails the objector, whose address nothing proves (see ObjectorContact).
    // The two names stay so an outbox row queued by an earlier release still reads; nothing queues them now.
    ObjectionReceived,
    ObjectionResolved,

    CertificateIssued,
    Disqualified,
    HrDigest,
    SchemePublished,
}
