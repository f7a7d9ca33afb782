using System.Collections.Concurrent;
using System.Net;

namespace Enterprise.Eval.Worker.Admin;

/// <summary>
/// Slows down guessing of the administrator key per client address: each failed sign-in waits longer before it is
/// answered (1 s, 2 s, 4 s … up to 16 s), and after <see cref="LockoutFailures"/> failures within
/// <see cref="Window"/> the address is refused at once until the window has passed without failures. Counted in real
/// time (<see cref="TimeProvider.System"/> unless a test passes its own), never the product's clock, which a rehearsal
/// may simulate. Behind a reverse proxy the address is the proxy's unless forwarded headers are enabled.
/// </summary>
public sealed class AdminSignInThrottle(TimeProvider realTime)
{
    /// <summary>Counts on the system's clock (what the service registers).</summary>
    public AdminSignInThrottle() : this(TimeProvider.System) { }

    public const int LockoutFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(16);

    private readonly ConcurrentDictionary<string, Failures> _byAddress = new(StringComparer.Ordinal);

    /// <summary>Whether the address has failed so often lately that it is refused without checking the key.</summary>
    public bool IsLockedOut(HttpContext http) =>
        _byAddress.TryGetValue(AddressOf(http), out var f) && !f.ExpiredAt(realTime.GetUtcNow()) && f.Count >= LockoutFailures;

    /// <summary>Records a failure and returns how long to wait before answering it.</summary>
    public TimeSpan RecordFailure(HttpContext http)
    {
        var now = realTime.GetUtcNow();
        var failures = _byAddress.AddOrUpdate(AddressOf(http),
            _ => new Failures(1, now),
            (_, f) => f.ExpiredAt(now) ? new Failures(1, now) : new Failures(f.Count + 1, now));
        var delay = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures.Count - 1, 10)));
        return delay < MaxDelay ? delay : MaxDelay;
    }

    public void RecordSuccess(HttpContext http) => _byAddress.TryRemove(AddressOf(http), out _);

    private static string AddressOf(HttpContext http) => (http.Connection.RemoteIpAddress ?? IPAddress.None).ToString();

    private readonly record struct Failures(int Count, DateTimeOffset LastAt)
    {
        public bool ExpiredAt(DateTimeOffset now) => now - LastAt > Window;
    }
}
