namespace Enterprise.Eval.Integration.Tests.Scheduling;

/// <summary>
/// Real time, shifted: it ticks like the system clock (so Quartz's waits behave) but reads as a chosen instant, and a
/// test can jump it forward — the way a service finds the world when it comes back after being down.
/// </summary>
internal sealed class ShiftableClock(DateTimeOffset now) : TimeProvider
{
    private long _offsetTicks = (now - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock so that it now reads <paramref name="instant"/>.</summary>
    public void JumpTo(DateTimeOffset instant) => Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
}
