namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>A clock the test moves forward, so backoff and leases run out without sleeping.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
