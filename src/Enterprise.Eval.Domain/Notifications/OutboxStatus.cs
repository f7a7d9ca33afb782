namespace Enterprise.Eval.Domain.Notifications;

/// <summary>
/// Pending → Sending → Sent, or back to Pending after a failed attempt, or Failed once the attempts are used up.
/// NoAddress is final: the recipient has no mail address, and HR sees the row among the failures.
/// </summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    NoAddress,
}
