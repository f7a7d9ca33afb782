namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Spaces sends evenly at most <c>perSecond</c> a second, on the injected clock. Hand-rolled because
/// System.Threading.RateLimiting ships with the ASP.NET Core shared framework, which Infrastructure does not reference;
/// an even spacing is also kinder to a provider's throttle than bursts of a token bucket.
/// </summary>
internal sealed class SendPacer(int perSecond, TimeProvider clock)
{
    private readonly TimeSpan _interval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / Math.Max(1, perSecond));
    private readonly Lock _gate = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    /// <summary>Reserves the next send slot and waits until it comes.</summary>
    public Task WaitAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _interval;
        }
        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, clock, ct);
    }
}
