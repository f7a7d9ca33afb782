using Enterprise.Eval.Application.Notifications;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Writes the day's HR digests. A recurring Hangfire job rather than a step of the cycle reconcile because the digest
/// belongs to the enterprise, not to a cycle (an enterprise between cycles still has failed mails to report). It runs
/// daily at Mail:DigestTime China time and, as a catch-up, every Mail:DigestCheckMinutes: a run missed while the
/// service was down (or skipped by a simulated clock) is made up by the next one, and "once per China day" is enforced
/// by the outbox row's unique key, not by the schedule.
/// </summary>
public sealed class HrDigestJob(HrDigest digest, IOptions<MailOptions> options)
{
    public const string DailyId = "hr-digest";
    public const string CatchUpId = "hr-digest-catch-up";

    [JobDisplayName("人事日报：写出今日汇总邮件")]
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await digest.WriteDueAsync(options.Value.DigestNotBefore, cancellationToken);
}
