using Enterprise.Eval.Application.Notifications;
using Microsoft.Extensions.Options;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Writes the day's HR digests. A Quartz job rather than a step of the cycle reconcile loop because the digest belongs
/// to the enterprise, not to a cycle (an enterprise between cycles still has failed mails to report), and Quartz gives
/// us a durable, clustered trigger for free. It is a plain repeating trigger (every Mail:DigestCheckMinutes), not a
/// daily cron, on purpose: a run missed while the service was down is simply made up by the next run, with no misfire
/// policy to reason about, and running often costs one indexed lookup per enterprise — "once per China day" is
/// enforced by the outbox row's unique key, not by the trigger.
/// </summary>
[DisallowConcurrentExecution]
public sealed class HrDigestJob(HrDigest digest, IOptions<MailOptions> options) : IJob
{
    public static readonly JobKey Key = new("hr-digest", "mail");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await digest.WriteDueAsync(options.Value.DigestNotBefore, cancellationToken);
}
