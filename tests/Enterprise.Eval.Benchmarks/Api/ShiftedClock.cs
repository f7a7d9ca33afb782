namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// The service's simulated time: it ticks like the system clock, so the scheduler's and the mail dispatcher's waits
/// behave, but reads as a chosen instant, and the benchmark moves it into the application window.
/// </summary>
internal sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private long _offsetTicks = (now - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock so that it now reads <paramref name="instant"/>.</summary>
    public void JumpTo(DateTimeOffset instant) => Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
}
