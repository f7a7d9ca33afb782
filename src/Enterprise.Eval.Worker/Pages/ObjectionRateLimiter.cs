using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// Fixed windows for the public objection form, from System.Threading.RateLimiting: one per publicity page and client
/// address, chained with a ceiling per page. Partitioning by page keeps one page's flood from silencing another
/// enterprise's publicity. The client address is the forwarded one only when the request came through a proxy listed
/// in <c>Http:KnownProxies</c> (see <see cref="Api.TrustedProxies"/>); otherwise it is the connection's.
/// </summary>
public sealed class ObjectionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Page, IPAddress Client)> _limiter;

    public ObjectionRateLimiter(IOptions<PublicityPageOptions> options)
    {
        var o = options.Value;
        var window = TimeSpan.FromMinutes(Math.Max(1, o.WindowMinutes));
        var perAddress = PartitionedRateLimiter.Create<(string Page, IPAddress Client), string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key.Page + "|" + key.Client, _ => Window(o.ObjectionsPerWindow, window)));
        var perPage = PartitionedRateLimiter.Create<(string Page, IPAddress Client), string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key.Page, _ => Window(o.ObjectionsPerPagePerWindow, window)));
        _limiter = PartitionedRateLimiter.CreateChained(perAddress, perPage);
    }

    /// <summary>Takes one permit for an objection on the page with this token; false when either window is spent.</summary>
    public bool TryAcquire(string pageToken, HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire((pageToken, http.Connection.RemoteIpAddress ?? IPAddress.None));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 };
}
