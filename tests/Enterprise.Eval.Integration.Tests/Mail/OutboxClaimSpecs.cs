using System.Collections.Concurrent;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// The outbox claim (RawSql.ClaimOutboxBatch) on a real database of each provider: two dispatchers draining one
/// outbox together send each mail once; on PostgreSQL a claim skips the rows another, still-open claim holds instead
/// of waiting for it.
/// </summary>
public abstract class OutboxClaimSpecs : IAsyncLifetime
{
    private static readonly Dictionary<string, object?> Model = new() { ["cycleName"] = "2026年度特级技师评价" };
    private TestDatabase _database = null!;

    protected abstract Task<TestDatabase> NewDatabaseAsync();

    protected TestDatabase Database => _database;

    public async Task InitializeAsync() => _database = await NewDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected static List<MailRecipient> Staff(int count) =>
        Enumerable.Range(1, count).Select(i => MailRecipient.ForEmployee($"E{i:000}", $"职工{i}", $"worker{i}@jinggong.example")).ToList();

    protected Task<MailTestHost> HostAsync(RecordingSender sender, int batchSize) =>
        MailTestHost.StartAsync(new Dictionary<string, string?> { ["BatchSize"] = batchSize.ToString() }, sender, _database);

    protected static Task QueueAsync(MailTestHost host, int count) => host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(count), Model);

    protected static MailDispatcher Rival(MailTestHost host, IMailSender sender) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), sender, host.Services.GetRequiredService<IOptions<MailOptions>>(),
            host.Clock, NullLogger<MailDispatcher>.Instance);

    [Fact]
    public async Task TwoDispatchersDrainingTogether_SendEachMailOnce_AndEachRowEndsSent()
    {
        var sender = new RecordingSender(TimeSpan.FromMilliseconds(2));
        await using var host = await HostAsync(sender, batchSize: 7);
        await QueueAsync(host, 80);
        var rival = Rival(host, sender);

        await Task.WhenAll(Task.Run(() => host.Dispatcher.DrainAsync()), Task.Run(() => rival.DrainAsync()));

        Assert.Equal(80, sender.Sent.Count);
        Assert.Equal(80, sender.Sent.Distinct().Count());
        var rows = await host.MessagesAsync();
        Assert.All(rows, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.All(rows, m => Assert.Equal(1, m.Attempts));
        Assert.Equal(rows.Select(m => m.MessageId).Order(), sender.Sent.Order());
    }

    [Fact]
    public async Task OneClaim_TakesAtMostTheBatchSize_InIdOrder()
    {
        var sender = new RecordingSender(TimeSpan.Zero);
        await using var host = await HostAsync(sender, batchSize: 7);
        await QueueAsync(host, 30);

        var attempted = await host.Dispatcher.DispatchDueAsync();

        Assert.Equal(7, attempted);
        var rows = await host.MessagesAsync();
        Assert.Equal(rows.Take(7).Select(m => m.MessageId).Order(), sender.Sent.Order());
        Assert.All(rows.Take(7), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.All(rows.Skip(7), m => Assert.Equal((OutboxStatus.Pending, 0), (m.Status, m.Attempts)));
    }

    /// <summary>A recording sender: which Message-IDs went out, and in which dispatcher's batch.</summary>
    protected sealed class RecordingSender(TimeSpan work) : IMailSender
    {
        public ConcurrentBag<string> Sent { get; } = [];

        public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
        {
            if (work > TimeSpan.Zero) await Task.Delay(work, ct);
            Sent.Add(mail.MessageId);
        }
    }
}

public sealed class OutboxClaimSpecsOnSqlite : OutboxClaimSpecs
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

[Collection("postgres")]
public sealed class OutboxClaimSpecsOnPostgres(PostgresFixture postgres) : OutboxClaimSpecs
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);

    [Fact]
    public async Task AClaim_SkipsTheRowsAnotherOpenClaimHolds_InsteadOfWaitingForIt()
    {
        var sender = new RecordingSender(TimeSpan.Zero);
        await using var host = await HostAsync(sender, batchSize: 10);
        await QueueAsync(host, 25);
        var firstTen = (await host.MessagesAsync()).Take(10).Select(m => m.MessageId).ToHashSet();

        // Another node's claim of the first ten rows, its transaction still open (its commit has not happened yet).
        await using (var other = Database.NewContext())
        {
            await using var open = await other.Database.BeginTransactionAsync();
            var held = await other.Database.ExecuteSqlRawAsync(RawSql.ClaimOutboxBatch.For(other.Database),
            [
                ProviderSql.MappedParameter(other.Database, "@batch", 10),
                ProviderSql.MappedParameter(other.Database, "@now", host.Clock.GetUtcNow().ToUnixTimeMilliseconds()),
                ProviderSql.MappedParameter(other.Database, "@token", Guid.NewGuid()),
                ProviderSql.MappedParameter(other.Database, "@leaseEnd", host.Clock.GetUtcNow().AddMinutes(5).ToUnixTimeMilliseconds()),
            ]);
            Assert.Equal(10, held);

            // Without SKIP LOCKED this claim would block on the first locked row until the other transaction ends.
            var attempted = await host.Dispatcher.DispatchDueAsync().WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Equal(10, attempted);
            Assert.Equal(10, sender.Sent.Count);
            Assert.DoesNotContain(sender.Sent, firstTen.Contains);
            // The other node dies before committing: its claim is undone and the rows are due again.
            await open.RollbackAsync();
        }

        await host.Dispatcher.DrainAsync();

        Assert.Equal(25, sender.Sent.Count);
        Assert.Equal(25, sender.Sent.Distinct().Count());
        Assert.All(await host.MessagesAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }
}
