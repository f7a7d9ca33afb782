using System.Diagnostics;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Delivers due outbox rows. A batch is claimed with one UPDATE (status, lease and a claim token) that skips rows
/// another dispatcher is claiming at the same moment (RawSql.ClaimOutboxBatch), so two dispatchers — two nodes on
/// PostgreSQL or SQL Server — never take the same row, nor wait for each other's batch. Each mail is then sent with bounded concurrency
/// and a rate limit, and marked Sent (several rows per UPDATE when sends outpace the database), or put back with
/// exponential backoff, or Failed after Mail:MaxAttempts. A process that dies between sending and marking leaves the
/// row in Sending; once its lease runs out the row is claimed and sent again, with the same Message-ID. A batch's
/// mails share one delivery session (one SMTP connection for the SMTP sender). Usable without a host (tests,
/// benchmarks): it needs only a scope factory that resolves EvalDbContext.
/// </summary>
public sealed class MailDispatcher(
    IServiceScopeFactory scopes, IMailSender sender, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDispatcher> log)
{
    private readonly MailOptions _o = options.Value;
    private readonly SendPacer? _pacer = options.Value.MessagesPerSecond <= 0 ? null : new SendPacer(options.Value.MessagesPerSecond, clock);

    public RetrySchedule Schedule { get; } = new(options.Value.MaxAttempts,
        TimeSpan.FromSeconds(options.Value.RetryBaseSeconds), TimeSpan.FromSeconds(options.Value.RetryMaxSeconds));

    /// <summary>Claims one batch of due mails and delivers it; returns how many were attempted (0 = nothing due).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var token = Guid.NewGuid();
        var batch = await ClaimAsync(token, ct);
        if (batch.Count == 0) return 0;
        // One delivery session per batch (one kept-open SMTP connection); disposed only after every send has finished.
        await using var session = await sender.OpenBatchAsync(ct);
        // Marks are written one statement at a time (SentMarks), so the batch keeps one context for them rather than
        // building a scope, a context and a connection for every sent mail.
        await using var markScope = scopes.CreateAsyncScope();
        var markDb = markScope.ServiceProvider.GetRequiredService<EvalDbContext>();
        // Opened once for the batch: EF would otherwise open and close a connection for every mark, and on SQLite each
        // open registers EF's functions again (about a fifth of the dispatcher's allocations per mail, measured).
        await markDb.Database.OpenConnectionAsync(ct);
        var marks = new SentMarks(ids => MarkSentAsync(markDb, ids, token));
        using var gate = new SemaphoreSlim(_o.MaxConcurrency);
        var running = new List<Task>(batch.Count);
        var started = 0;
        try
        {
            foreach (var message in batch)
            {
                await gate.WaitAsync(ct);
                if (_pacer is not null) await _pacer.WaitAsync(ct);
                started++;
                running.Add(SendAndMarkAsync(session, marks, message, token, gate, ct));
            }
        }
        finally
        {
            await Task.WhenAll(running);
            // Stopping mid-batch: hand back what was claimed but never tried, so it does not wait out the lease.
            if (started < batch.Count) await ReleaseAsync(token, batch.Skip(started).Select(m => m.Id).ToList());
        }
        return started;
    }

    /// <summary>Delivers everything due until nothing is left (benchmarks, tests, `mail send-now`); returns the time taken.</summary>
    public async Task<TimeSpan> DrainAsync(CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        while (await DispatchDueAsync(ct) > 0) { }
        return watch.Elapsed;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(Guid token, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var leaseEnd = now + _o.LeaseSeconds * 1000L;
        // One statement picks and claims: rows another dispatcher is claiming at this moment are skipped (RawSql).
        var claimed = await db.Database.ExecuteSqlRawAsync(RawSql.ClaimOutboxBatch.For(db.Database),
        [
            ProviderSql.MappedParameter(db.Database, "@batch", _o.BatchSize),
            ProviderSql.MappedParameter(db.Database, "@now", now),
            ProviderSql.MappedParameter(db.Database, "@token", token),
            ProviderSql.MappedParameter(db.Database, "@leaseEnd", leaseEnd),
        ], ct);
        if (claimed == 0) return [];
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(ct);
    }

    private async Task SendAndMarkAsync(IMailBatch session, SentMarks marks, OutboxMessage message, Guid token, SemaphoreSlim gate, CancellationToken ct)
    {
        var released = false;
        try
        {
            await Task.Yield();
            var mail = new OutgoingMail(message.MessageId, message.RecipientAddress, message.RecipientName, message.Subject, message.TextBody, message.HtmlBody, message.Kind.TemplateName());
            Exception? failure = null;
            try
            {
                await session.SendAsync(mail, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failure = e;
            }
            catch (OperationCanceledException)
            {
                // Unknown whether the server took it: leave the row in Sending; the lease decides, the Message-ID dedups.
                return;
            }
            // The permit bounds mails being built and sent, not marks: a mark waiting for the database must not keep
            // the next mail off an idle connection (the batch still waits for every mark before it ends).
            gate.Release();
            released = true;
            // The mark must land even while stopping, or a sent mail would wait out its lease and go again.
            if (failure is null) await marks.MarkAsync(message.Id);
            else await MarkFailedAttemptAsync(message, token, failure);
        }
        finally
        {
            if (!released) gate.Release();
        }
    }

    // One raw statement per row, several rows in one transaction: EF translated its ExecuteUpdate with a list of ids
    // afresh for every mark (expression trees, SQL tree), which was most of the dispatcher's own CPU per mail.
    private async Task MarkSentAsync(EvalDbContext db, IReadOnlyList<long> ids, Guid token)
    {
        var sql = RawSql.MarkOutboxSent.For(db.Database);
        var now = clock.GetUtcNow();
        await using var transaction = ids.Count > 1 ? await db.Database.BeginTransactionAsync() : null;
        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlRawAsync(sql,
            [
                ProviderSql.MappedParameter(db.Database, "@id", id),
                ProviderSql.MappedParameter(db.Database, "@token", token),
                ProviderSql.MappedParameter(db.Database, "@sentAt", now),
            ]);
        }
        if (transaction is not null) await transaction.CommitAsync();
    }

    private async Task MarkFailedAttemptAsync(OutboxMessage message, Guid token, Exception failure)
    {
        var now = clock.GetUtcNow();
        var next = Schedule.NextAttempt(message.Attempts, now);
        var error = Describe(failure);
        if (next is null)
            log.LogWarning("Mail {OutboxId} ({Event}) failed after {Attempts} attempt(s); giving up: {Error}", message.Id, message.Kind, message.Attempts, error);
        else
            log.LogInformation("Mail {OutboxId} ({Event}) attempt {Attempts} failed; next at {Next:o}: {Error}", message.Id, message.Kind, message.Attempts, next, error);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, next is null ? OutboxStatus.Failed : OutboxStatus.Pending)
            .SetProperty(m => m.DueAt, (next ?? now).ToUnixTimeMilliseconds())
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.LastError, error));
    }

    private async Task ReleaseAsync(Guid token, List<long> ids)
    {
        if (ids.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.DueAt, now)
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.Attempts, m => m.Attempts - 1));
    }

    private static string Describe(Exception e)
    {
        var text = e is MailKit.Net.Smtp.SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode}: {e.Message}" : e.Message;
        if (e.InnerException is not null) text += " — " + e.InnerException.Message;
        return text.Length <= 1000 ? text : text[..1000];
    }
}
