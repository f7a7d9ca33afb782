using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Runs the dispatcher for the life of the service: drains due mails back to back, and when none are due waits
/// Mail:PollSeconds. A BackgroundService rather than a Hangfire job: the outbox rows are already the durable state, and
/// a loop delivers a fresh mail within seconds without the scheduler's misfire and trigger bookkeeping.
/// </summary>
public sealed class MailDispatcherService(MailDispatcher dispatcher, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDispatcherService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.DispatchDueAsync(stoppingToken) > 0) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the rows wait, nothing is lost.
                log.LogError(e, "Mail dispatch failed; retrying in {Seconds} s", idle.TotalSeconds);
            }
            try
            {
                await Task.Delay(idle, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
