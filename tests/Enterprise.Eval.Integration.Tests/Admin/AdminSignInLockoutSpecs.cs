using System.Net;
using Enterprise.Eval.Integration.Tests.Mail;
using Enterprise.Eval.Worker.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Admin;

/// <summary>
/// The administrator sign-in's lockout: after <see cref="AdminSignInThrottle.LockoutFailures"/> wrong keys from one
/// address within <see cref="AdminSignInThrottle.Window"/>, that address is refused at once, even with the right key,
/// until the window has passed without failures. The counting is driven on a clock the spec moves (the service's own
/// throttle counts on the system clock); the refusal through the form is shown on the real service.
/// </summary>
public sealed class AdminSignInLockoutSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static HttpContext From(string address) =>
        new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };

    [Fact]
    public void NineFailures_DoNotLockOut_TheTenthDoes()
    {
        var throttle = new AdminSignInThrottle(new ManualClock(Start));
        var guesser = From("203.0.113.7");

        for (var i = 1; i < AdminSignInThrottle.LockoutFailures; i++) throttle.RecordFailure(guesser);
        Assert.False(throttle.IsLockedOut(guesser));

        throttle.RecordFailure(guesser);
        Assert.True(throttle.IsLockedOut(guesser));
    }

    [Fact]
    public void EachFailureWaitsTwiceAsLong_UpTo16Seconds()
    {
        var throttle = new AdminSignInThrottle(new ManualClock(Start));
        var guesser = From("203.0.113.7");

        var waits = Enumerable.Range(0, AdminSignInThrottle.LockoutFailures).Select(_ => throttle.RecordFailure(guesser).TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 16, 16, 16, 16, 16], waits);
    }

    [Fact]
    public void TheLockout_HoldsOnlyTheGuessingAddress()
    {
        var throttle = new AdminSignInThrottle(new ManualClock(Start));
        var guesser = From("203.0.113.7");
        for (var i = 0; i < AdminSignInThrottle.LockoutFailures; i++) throttle.RecordFailure(guesser);

        Assert.True(throttle.IsLockedOut(guesser));
        Assert.False(throttle.IsLockedOut(From("198.51.100.20")));
    }

    [Fact]
    public void TheLockout_EndsOnlyAfterAWholeWindowWithoutFailures()
    {
        var clock = new ManualClock(Start);
        var throttle = new AdminSignInThrottle(clock);
        var guesser = From("203.0.113.7");
        for (var i = 0; i < AdminSignInThrottle.LockoutFailures; i++) throttle.RecordFailure(guesser);

        clock.Advance(AdminSignInThrottle.Window);
        Assert.True(throttle.IsLockedOut(guesser));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(throttle.IsLockedOut(guesser));
        // A failure after the window starts the count again from one, not from eleven.
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.RecordFailure(guesser));
        Assert.False(throttle.IsLockedOut(guesser));
    }

    [Fact]
    public void FailuresSpreadOverMoreThanAWindow_NeverAddUpToALockout()
    {
        var clock = new ManualClock(Start);
        var throttle = new AdminSignInThrottle(clock);
        var guesser = From("203.0.113.7");
        for (var i = 0; i < 5; i++) throttle.RecordFailure(guesser);

        clock.Advance(AdminSignInThrottle.Window + TimeSpan.FromMinutes(1));
        for (var i = 0; i < AdminSignInThrottle.LockoutFailures - 1; i++) throttle.RecordFailure(guesser);

        Assert.False(throttle.IsLockedOut(guesser));
    }

    [Fact]
    public void ASuccessfulSignIn_ClearsTheCount()
    {
        var throttle = new AdminSignInThrottle(new ManualClock(Start));
        var administrator = From("203.0.113.7");
        for (var i = 0; i < AdminSignInThrottle.LockoutFailures - 1; i++) throttle.RecordFailure(administrator);

        throttle.RecordSuccess(administrator);

        Assert.Equal(TimeSpan.FromSeconds(1), throttle.RecordFailure(administrator));
        Assert.False(throttle.IsLockedOut(administrator));
    }

    [Fact]
    public async Task ALockedOutAddress_IsRefused_EvenWithTheRightKey_AndGetsNoSession()
    {
        await using var host = await DashboardHost.StartAsync(onLoopback: false);
        var browser = host.Host.BrowserClient();
        var token = await DashboardHost.FormTokenAsync(browser);
        // Ten failures from the address the in-memory server sees for this client (none: IPAddress.None), recorded on
        // the service's own throttle rather than through ten slowed-down posts (1 + 2 + 4 + 8 + 6 × 16 s).
        var throttle = host.Host.Services.GetRequiredService<AdminSignInThrottle>();
        var sameClient = new DefaultHttpContext();
        for (var i = 0; i < AdminSignInThrottle.LockoutFailures; i++) throttle.RecordFailure(sameClient);

        var response = await DashboardHost.SignInAsync(browser, token, DashboardHost.AdminKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(AdminSignInEndpoints.LockedOutCode, page);
        Assert.Contains("15 分钟后再试", page);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("eval-admin=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/hangfire")).StatusCode);
    }
}
