using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// How the MailKit sender uses its connections to a real aiosmtpd: counted by a TCP relay between the two, which can
/// also cut a kept-open connection; and how it secures them (implicit TLS, STARTTLS, the trusted certificate, AUTH).
/// </summary>
public sealed class SmtpConnectionSpecs
{
    private static readonly Dictionary<string, object?> Model = new() { ["cycleName"] = "2026年度特级技师评价" };

    private static List<MailRecipient> Staff(int count) =>
        Enumerable.Range(1, count).Select(i => MailRecipient.ForEmployee($"E{i:000}", $"职工{i}", $"worker{i}@jinggong.example")).ToList();

    private static Dictionary<string, string?> ThroughRelay(SmtpServer server, TcpRelay relay, params (string Key, string Value)[] extra)
    {
        var settings = MailTestHost.Smtp(server);
        settings["Port"] = relay.Port.ToString();
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    [Theory]
    [InlineData(25, 100, 1)]
    [InlineData(25, 10, 3)]
    public async Task Dispatch_OpensOneConnectionPerBatch_AndDeliversEveryMailOverIt(int mails, int batchSize, int connections)
    {
        using var server = SmtpServer.Start();
        using var relay = new TcpRelay(server.Port);
        await using var host = await MailTestHost.StartAsync(ThroughRelay(server, relay, ("BatchSize", batchSize.ToString())));
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(mails), Model);

        await host.Dispatcher.DrainAsync();

        Assert.Equal(connections, relay.Accepted);
        var rows = await host.MessagesAsync();
        Assert.All(rows, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(rows.Select(m => m.MessageId).Order(), server.Delivered().Select(d => d.MessageId).Order());
    }

    [Fact]
    public async Task Dispatch_ReconnectsAndSendsEachMailOnce_WhenTheServerDropsTheKeptOpenConnectionBetweenMails()
    {
        using var server = SmtpServer.Start();
        using var relay = new TcpRelay(server.Port);
        var dropping = new DropAfterSender(after: 3, relay.DropConnections);
        await using var host = await MailTestHost.StartAsync(ThroughRelay(server, relay, ("MaxConcurrency", "1")), dropping);
        dropping.Inner = new SmtpMailSender(host.Services.GetRequiredService<IOptions<MailOptions>>());
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(8), Model);

        Assert.Equal(8, await host.Dispatcher.DispatchDueAsync());

        Assert.Equal(2, relay.Accepted);
        var rows = await host.MessagesAsync();
        Assert.All(rows, m =>
        {
            Assert.Equal(OutboxStatus.Sent, m.Status);
            Assert.Equal(1, m.Attempts);
        });
        var delivered = server.Delivered().Select(d => d.MessageId).ToList();
        Assert.Equal(8, delivered.Count);
        Assert.Equal(rows.Select(m => m.MessageId).Order(), delivered.Order());
    }

    [Fact]
    public async Task Dispatch_FailsTheRestOfTheBatchAtOnce_WhenConnectingFails()
    {
        using var server = SmtpServer.Start();
        using var relay = new TcpRelay(server.Port);
        await using var host = await MailTestHost.StartAsync(ThroughRelay(server, relay));
        await host.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(6), Model);
        server.Stop();

        Assert.Equal(6, await host.Dispatcher.DispatchDueAsync());

        Assert.Equal(1, relay.Accepted);   // one connection tried, not one per mail
        Assert.All(await host.MessagesAsync(), m =>
        {
            Assert.Equal(OutboxStatus.Pending, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.False(string.IsNullOrEmpty(m.LastError));
        });
    }

    [Fact]
    public async Task Dispatch_DeliversOverImplicitTls_OnlyWhenTheServerCertificateIsTrusted()
    {
        using var server = SmtpServer.Start(implicitTls: true);
        var untrusted = new Dictionary<string, string?>(MailTestHost.Smtp(server, maxAttempts: 1)) { ["ImplicitTls"] = "true" };
        var trusted = new Dictionary<string, string?>(untrusted) { ["TrustedCertificateFile"] = server.CertificateFile };

        var (refused, sent) = await OneMailThroughEachAsync(untrusted, trusted);

        Assert.Equal(OutboxStatus.Failed, refused.Status);
        Assert.Contains("certificate", refused.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(sent.MessageId, Assert.Single(server.Delivered()).MessageId);
    }

    [Fact]
    public async Task Dispatch_UpgradesWithStartTls_WhenTheServerRequiresIt()
    {
        using var server = SmtpServer.Start(startTls: true);
        // Trust exactly this test certificate besides the system's CAs, through the product's own setting.
        var plain = new Dictionary<string, string?>(MailTestHost.Smtp(server, maxAttempts: 1)) { ["TrustedCertificateFile"] = server.CertificateFile };
        var tls = new Dictionary<string, string?>(plain) { ["UseStartTls"] = "true" };

        var (refused, sent) = await OneMailThroughEachAsync(plain, tls);

        Assert.Equal(OutboxStatus.Failed, refused.Status);
        Assert.Contains("STARTTLS", refused.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(sent.MessageId, Assert.Single(server.Delivered()).MessageId);
    }

    /// <summary>One mail queued and drained by a host with each of two Mail settings, the first one's mail first.</summary>
    private static async Task<(OutboxMessage First, OutboxMessage Second)> OneMailThroughEachAsync(
        IDictionary<string, string?> first, IDictionary<string, string?> second)
    {
        await using var firstHost = await MailTestHost.StartAsync(first);
        await using var secondHost = await MailTestHost.StartAsync(second);
        MailRecipient[] to = [MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")];
        await firstHost.NotifyAsync(MailEvent.WindowOpened, "c1", to, Model);
        await secondHost.NotifyAsync(MailEvent.WindowOpened, "c1", to, Model);
        await firstHost.Dispatcher.DrainAsync();
        await secondHost.Dispatcher.DrainAsync();
        return (Assert.Single(await firstHost.MessagesAsync()), Assert.Single(await secondHost.MessagesAsync()));
    }

    [Fact]
    public async Task Dispatch_LogsInWithAuth_AndAWrongOrMissingLoginFailsTheMailWithTheServersAnswer()
    {
        using var server = SmtpServer.Start(login: ("hr-eval", "s3cret-2026"));
        var anonymous = new Dictionary<string, string?>(MailTestHost.Smtp(server, maxAttempts: 1));
        var wrong = new Dictionary<string, string?>(anonymous) { ["UserName"] = "hr-eval", ["Password"] = "not-the-password" };
        var right = new Dictionary<string, string?>(anonymous) { ["UserName"] = "hr-eval", ["Password"] = "s3cret-2026" };
        await using var withoutLogin = await MailTestHost.StartAsync(anonymous);
        await using var withWrongLogin = await MailTestHost.StartAsync(wrong);
        await using var withLogin = await MailTestHost.StartAsync(right);
        MailRecipient[] to = [MailRecipient.ForAddress("hr@jinggong.example", "人力资源部")];
        await withoutLogin.NotifyAsync(MailEvent.WindowOpened, "c1", to, Model);
        await withWrongLogin.NotifyAsync(MailEvent.WindowOpened, "c1", to, Model);
        await withLogin.NotifyAsync(MailEvent.WindowOpened, "c1", Staff(3), Model);

        await withoutLogin.Dispatcher.DrainAsync();
        await withWrongLogin.Dispatcher.DrainAsync();
        await withLogin.Dispatcher.DrainAsync();

        var refused = Assert.Single(await withoutLogin.MessagesAsync());
        Assert.Equal(OutboxStatus.Failed, refused.Status);
        Assert.Contains("auth", refused.LastError, StringComparison.OrdinalIgnoreCase);
        var badLogin = Assert.Single(await withWrongLogin.MessagesAsync());
        Assert.Equal(OutboxStatus.Failed, badLogin.Status);
        Assert.Contains("authentication", badLogin.LastError, StringComparison.OrdinalIgnoreCase);
        var sent = await withLogin.MessagesAsync();
        Assert.All(sent, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(sent.Select(m => m.MessageId).Order(), server.Delivered().Select(d => d.MessageId).Order());
    }

    /// <summary>Passes every mail to the real sender's batch, and cuts the connection once the first mails went.</summary>
    private sealed class DropAfterSender(int after, Action drop) : IMailSender
    {
        public IMailSender Inner { get; set; } = null!;

        public Task SendAsync(OutgoingMail mail, CancellationToken ct) => Inner.SendAsync(mail, ct);

        public async Task<IMailBatch> OpenBatchAsync(CancellationToken ct) => new Batch(await Inner.OpenBatchAsync(ct), after, drop);

        private sealed class Batch(IMailBatch inner, int after, Action drop) : IMailBatch
        {
            private int _sent;

            public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
            {
                await inner.SendAsync(mail, ct);
                if (Interlocked.Increment(ref _sent) == after) drop();
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
