using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// A fixed window per client address for the public objection form, from System.Threading.RateLimiting (the engine
/// under ASP.NET Core's rate limiting middleware). Applied as an endpoint filter so the page needs no change to the
/// shared middleware pipeline. Behind a reverse proxy the address is the proxy's unless forwarded headers are enabled.
/// </summary>
public sealed class ObjectionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public ObjectionRateLimiter(IOptions<PublicityPageOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
            (http.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, o.ObjectionsPerWindow),
                Window = TimeSpan.FromMinutes(Math.Max(1, o.WindowMinutes)),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
