using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Notifications.Events;

namespace Enterprise.Eval.Domain.Notifications;

/// <summary>
/// One mail to one recipient, written in the same transaction as the change it announces and delivered later by the
/// dispatcher. The Message-ID is fixed when the row is written, so a copy sent again after a crash carries the same
/// header and mail systems can drop it. The due instant is kept as Unix milliseconds because SQLite cannot compare
/// DateTimeOffset values in SQL; <see cref="NextAttemptAt"/> shows it as an instant.
/// </summary>
public sealed class OutboxMessage : IHasDomainEvents
{
    public const string MissingAddressError = "该职工在花名册中没有邮箱地址，邮件无法发送。请补充邮箱后重新通知。";

    // Made on the first event only: a dispatch batch loads thousands of messages that never record one.
    private DomainEventLog? _events;

    private OutboxMessage() { }

    bool IHasDomainEvents.HasDomainEvents => _events?.HasEvents == true;

    IReadOnlyList<RecordedDomainEvent> IHasDomainEvents.TakeDomainEvents() => _events?.TakeAll() ?? [];

    public long Id { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public MailEvent Kind { get; private set; }
    public string DedupKey { get; private set; } = "";
    public string RecipientAddress { get; private set; } = "";
    public string RecipientName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string MessageId { get; private set; } = "";
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public long DueAt { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset NextAttemptAt => DateTimeOffset.FromUnixTimeMilliseconds(DueAt);

    /// <summary>The dedup key of one event for one recipient: the same event never mails the same person twice.</summary>
    public static string DedupKeyOf(MailEvent kind, string eventKey, string recipientKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientKey);
        return $"{kind.TemplateName()}|{eventKey}|{recipientKey}";
    }

    /// <summary>The dedup key of an enterprise's HR digest for one China day: one digest a day, whoever writes it.</summary>
    /// <summary>The daily digest's own keys start with this; other HR mails (a publicity hold) share its kind, not its key.</summary>
    public const string HrDigestKeyPrefix = "hr-digest:";

    public static string HrDigestKeyOf(Guid enterpriseId, DateOnly day) =>
        $"{HrDigestKeyPrefix}{enterpriseId}:{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    public static OutboxMessage Queue(Guid enterpriseId, MailEvent kind, string dedupKey, string address, string name,
        string subject, string text, string html, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var message = New(enterpriseId, kind, dedupKey, name, subject, text, html, now);
        message.RecipientAddress = address.Trim();
        message.Status = OutboxStatus.Pending;
        return message;
    }

    /// <summary>A mail that cannot go out because the recipient has no address: kept so HR sees it among the failures.</summary>
    public static OutboxMessage Undeliverable(Guid enterpriseId, MailEvent kind, string dedupKey, string name,
        string subject, string text, string html, DateTimeOffset now)
    {
        var message = New(enterpriseId, kind, dedupKey, name, subject, text, html, now);
        message.Status = OutboxStatus.NoAddress;
        message.LastError = MissingAddressError;
        return message;
    }

    /// <summary>Gives a failed mail a fresh set of attempts, due now.</summary>
    public void Requeue(DateTimeOffset now)
    {
        if (Status == OutboxStatus.NoAddress)
            throw new DomainException("EVAL-MAIL-011", $"邮件 {Id} 的收件人没有邮箱地址，不能重发。请在花名册中补充邮箱后重新通知。");
        if (Status != OutboxStatus.Failed)
            throw new DomainException("EVAL-MAIL-012", $"邮件 {Id} 当前状态为 {Status}，只有发送失败的邮件可以重发。");
        (_events ??= new()).Record(new MailRequeued(this, Status, Attempts, LastError));
        Status = OutboxStatus.Pending;
        Attempts = 0;
        ClaimToken = null;
        DueAt = now.ToUnixTimeMilliseconds();
    }

    private static OutboxMessage New(Guid enterpriseId, MailEvent kind, string dedupKey, string name, string subject, string text, string html, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return new OutboxMessage
        {
            EnterpriseId = enterpriseId, Kind = kind, DedupKey = dedupKey, RecipientName = name.Trim(), Subject = subject,
            TextBody = text, HtmlBody = html, MessageId = $"<{Guid.NewGuid():N}@enterprise-eval>",
            CreatedAt = now.ToUniversalTime(), DueAt = now.ToUnixTimeMilliseconds(),
        };
    }
}
