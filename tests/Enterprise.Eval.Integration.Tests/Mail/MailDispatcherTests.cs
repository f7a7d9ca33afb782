using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Diagnostics;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>The dispatcher's pacing and claims, with a recording sender instead of a server.</summary>
public sealed class MailDispatcherTests
{
    private static readonly Dictionary<string, object?> Model = new() { ["cycleName"] = "2026年度特级技师评价" };

    private static List<MailRecipient> Staff(int count) =>
        Enumerable.Range(1, count).Select(i => MailRecipient.ForEmployee($"E{i:000}", $"职工{i}", $"worker{i}@jinggong.example")).ToList();

    [Fact]
    public async Task DispatchDueAsync_NeverRunsMoreSendsAtOnceThanMaxConcurrency()
    {
        var sender = new RecordingSender(TimeSpan.FromMilliseconds(100));
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["MaxConcurrency"] = "3" }, sender);
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(12), Model);

        await host.Dispatcher.DrainAsync();

        Assert.Equal(12, sender.Sent.Count);
        Assert.InRange(sender.MostAtOnce, 2, 3); // concurrent, never past the bound (exactly 3 unless the machine starves the pool)
    }

    [Fact]
    public async Task DispatchDueAsync_SpacesSends_AtMessagesPerSecond()
    {
        var sender = new RecordingSender(TimeSpan.Zero);
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["MessagesPerSecond"] = "20" }, sender);
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(11), Model);

        var watch = Stopwatch.StartNew();
        await host.Dispatcher.DrainAsync();

        Assert.Equal(11, sender.Sent.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(480), $"11 mails at 20/s took only {watch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task DispatchDueAsync_SendsEachMailOnce_WhenTwoDispatchersRunTogether()
    {
        var sender = new RecordingSender(TimeSpan.FromMilliseconds(2));
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["BatchSize"] = "7" }, sender);
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(60), Model);
        var rival = new Infrastructure.Mail.MailDispatcher(
            host.Services.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(), sender,
            host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.Mail.MailOptions>>(), host.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Infrastructure.Mail.MailDispatcher>.Instance);

        await Task.WhenAll(Task.Run(() => host.Dispatcher.DrainAsync()), Task.Run(() => rival.DrainAsync()));

        Assert.Equal(60, sender.Sent.Count);
        Assert.Equal(60, sender.Sent.Distinct().Count());
        Assert.All(await host.MessagesAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    private sealed class RecordingSender(TimeSpan work) : IMailSender
    {
        private int _inFlight;
        private int _most;

        public ConcurrentBag<string> Sent { get; } = [];
        public int MostAtOnce => _most;

        public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while (now > (seen = _most) && Interlocked.CompareExchange(ref _most, now, seen) != seen) { }
            try
            {
                if (work > TimeSpan.Zero) await Task.Delay(work, ct);
                Sent.Add(mail.MessageId);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
