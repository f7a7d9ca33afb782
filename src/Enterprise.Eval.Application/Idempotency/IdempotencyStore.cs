using System.Text.Json;
using Enterprise.Eval.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Idempotency;

/// <summary>
/// The Idempotency-Key records: claim a key for a request, keep the answer, give it again. The unique index on
/// (scope, key) decides between two requests that arrive together: one inserts and runs, the other finds its record.
/// Give it a unit of work of its own (not the handler's), so a refused insert cannot spoil the handler's SaveChanges.
/// </summary>
public sealed class IdempotencyStore(IEvalDbContext db, TimeProvider clock)
{
    /// <summary>How long an answer is kept, and how long a key stays taken.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);

    /// <summary>How long a running first request holds its key before a retry may take it over (the run was lost).</summary>
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan CleanupEvery = TimeSpan.FromMinutes(10);
    private static long _nextCleanupMs;

    public async Task<IdempotencyOutcome> BeginAsync(IdempotencyRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        if (nowMs >= Interlocked.Read(ref _nextCleanupMs))
        {
            Interlocked.Exchange(ref _nextCleanupMs, nowMs + (long)CleanupEvery.TotalMilliseconds);
            await CleanupAsync(ct);
        }

        var existing = await FindAsync(request, ct);
        if (existing is not null && existing.ExpiresAtMs <= nowMs)
        {
            await db.IdempotencyRecords.Where(r => r.Id == existing.Id && r.ExpiresAtMs <= nowMs).ExecuteDeleteAsync(ct);
            existing = null;
        }
        if (existing is null)
        {
            var record = IdempotencyRecord.Begin(request, now, LockFor, KeepFor);
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return IdempotencyOutcome.Run(record.Id);
            }
            catch (DbUpdateException)
            {
                // Another request with the same key inserted first.
                db.IdempotencyRecords.Entry(record).State = EntityState.Detached;
                existing = await FindAsync(request, ct);
                if (existing is null) return new IdempotencyOutcome(IdempotencyDecision.InProgress);
            }
        }
        return await DecideAsync(existing, request, now, ct);
    }

    /// <summary>Keeps the answer for retries and frees the key's lock.</summary>
    public Task CompleteAsync(Guid recordId, IdempotencyAnswer answer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Completed, true)
            .SetProperty(r => r.StatusCode, answer.StatusCode)
            .SetProperty(r => r.ContentType, answer.ContentType)
            .SetProperty(r => r.Headers, JsonSerializer.Serialize(answer.Headers))
            .SetProperty(r => r.ResponseBody, answer.Body)
            .SetProperty(r => r.LockedUntilMs, 0L), ct);
    }

    /// <summary>Forgets a run whose answer must not be kept (a 5xx, a failure): the client may simply retry.</summary>
    public Task ReleaseAsync(Guid recordId, CancellationToken ct = default) =>
        db.IdempotencyRecords.Where(r => r.Id == recordId && !r.Completed).ExecuteDeleteAsync(ct);

    /// <summary>Deletes the records older than <see cref="KeepFor"/>; returns how many.</summary>
    public Task<int> CleanupAsync(CancellationToken ct = default)
    {
        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return db.IdempotencyRecords.Where(r => r.ExpiresAtMs <= nowMs).ExecuteDeleteAsync(ct);
    }

    private static IReadOnlyList<KeyValuePair<string, string>> HeadersOf(IdempotencyRecord record) =>
        record.Headers is { Length: > 0 } json ? JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(json) ?? [] : [];

    private Task<IdempotencyRecord?> FindAsync(IdempotencyRequest request, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == request.Scope && r.Key == request.Key, ct);

    private async Task<IdempotencyOutcome> DecideAsync(IdempotencyRecord existing, IdempotencyRequest request, DateTimeOffset now, CancellationToken ct)
    {
        if (!existing.Matches(request))
            return new IdempotencyOutcome(IdempotencyDecision.Mismatch, existing.Id);
        if (existing.Completed)
            return new IdempotencyOutcome(IdempotencyDecision.Replay, existing.Id,
                new IdempotencyAnswer(existing.StatusCode ?? 200, existing.ContentType, HeadersOf(existing), existing.ResponseBody ?? []));
        var nowMs = now.ToUnixTimeMilliseconds();
        if (existing.LockedUntilMs > nowMs)
            return new IdempotencyOutcome(IdempotencyDecision.InProgress, existing.Id);

        // The first run outlived its lock without an answer: its process died. Exactly one retry takes the key over.
        var lockedUntil = existing.LockedUntilMs;
        var newLock = (now + LockFor).ToUnixTimeMilliseconds();
        var taken = await db.IdempotencyRecords
            .Where(r => r.Id == existing.Id && !r.Completed && r.LockedUntilMs == lockedUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LockedUntilMs, newLock), ct);
        return taken == 1 ? IdempotencyOutcome.Run(existing.Id) : new IdempotencyOutcome(IdempotencyDecision.InProgress, existing.Id);
    }
}
