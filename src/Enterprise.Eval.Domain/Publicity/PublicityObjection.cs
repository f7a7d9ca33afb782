using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Domain.Publicity;

/// <summary>
/// An objection to one entry, numbered within its notice. The objector's contact is kept for HR's reply only and is
/// never shown on the public page or written to the audit.
/// </summary>
public sealed class PublicityObjection
{
    // For persistence.
    private PublicityObjection()
    {
    }

    internal PublicityObjection(int number, Guid applicationId, string text, string? objectorName, string? objectorContact, DateTimeOffset receivedAt)
    {
        Number = number;
        ApplicationId = applicationId;
        Text = text;
        ObjectorName = objectorName;
        ObjectorContact = objectorContact;
        ReceivedAt = receivedAt;
        Status = ObjectionStatus.Open;
    }

    public int Number { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string Text { get; private set; } = "";
    public string? ObjectorName { get; private set; }
    public string? ObjectorContact { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    public string? Resolution { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }

    public bool IsOpen => Status == ObjectionStatus.Open;

    /// <summary>The objector's e-mail address when the contact they left is one; replies go there.</summary>
    public string? ObjectorEmail =>
        ObjectorContact?.Trim() is { } c && MailAddressFormat.LooksLikeAddress(c) ? c : null;

    internal void Resolve(bool upheld, string reason, DateTimeOffset at, string by)
    {
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        Resolution = reason;
        ResolvedAt = at;
        ResolvedBy = by;
    }
}
