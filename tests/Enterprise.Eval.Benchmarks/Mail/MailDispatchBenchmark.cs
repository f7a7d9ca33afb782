using System.Text;
using Enterprise.Eval.Benchmarks.Harness;
using Enterprise.Eval.Benchmarks.Roster;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Enterprise.Eval.Benchmarks.Mail;

/// <summary>
/// Issues 8 and 14: 10,000 queued outbox messages (a migrated SQLite file) delivered by the product's MailDispatcher
/// through its MailKit sender to a local aiosmtpd, against a bare baseline in the same run — MailKit's SmtpClient
/// sending 10,000 prebuilt MimeKit messages one after another over one connection, no database. Both talk to the
/// same server process, so the ratio is what the outbox costs (claiming, marking, building each MIME message, a
/// connection per batch) on top of SMTP itself. Goal: the product keeps at least 0.9 of the bare rate.
/// </summary>
internal sealed class MailDispatchBenchmark : IBenchmark
{
    private const double Goal = 0.9;
    private const int DefaultMessages = 10_000;
    private const int Concurrency = 4;
    private const int BatchSize = 100;

    public string Name => "mail";

    public string Description => $"mail dispatch: {DefaultMessages:N0} outbox rows via MailDispatcher (SQLite) to aiosmtpd vs bare MailKit over one connection";

    public BenchmarkResult Run(BenchmarkSettings settings)
    {
        // The harness's default row count is sized for the roster; this benchmark's own default is the 10,000.
        var messages = settings.Rows == BenchmarkSettings.DefaultRows ? DefaultMessages : settings.Rows;
        using var server = SmtpServer.Start();
        using var scratch = new ScratchFolder();
        var product = new Series($"product: MailDispatcher.DrainAsync, SmtpMailSender (MailKit), one connection per batch of {BatchSize}, {Concurrency} in flight, no rate limit", messages);
        var bare = new Series("baseline: MailKit SmtpClient, prebuilt MimeKit messages, one connection, one after another, no database", messages);
        var run = 0;
        var delivered = 0;
        DispatchWithProduct(scratch.File($"{run++}.db"), server, Math.Min(messages, 200));
        SendBare(server, Math.Min(messages, 200));
        delivered = Delivered(server);
        for (var i = 0; i < settings.Runs; i++)
        {
            product.Add(DispatchWithProduct(scratch.File($"{run++}.db"), server, messages));
            delivered = EnsureDelivered(server, delivered, messages);
            bare.Add(SendBare(server, messages));
            delivered = EnsureDelivered(server, delivered, messages);
        }

        var ratio = product.ItemsPerSecond / bare.ItemsPerSecond;
        var byRun = product.PairedWith(bare, (p, b) => b.Elapsed / p.Elapsed);
        return new BenchmarkResult(Name, "messages", [product, bare], "product messages/s ÷ bare messages/s", ratio, byRun,
            $"≥ {Goal:0.0}", ratio >= Goal,
        [
            $"Messages per run: {messages:N0} (the heading's row count is the harness's --rows setting; its 100,000 default means this benchmark's own default of {DefaultMessages:N0}).",
            $"Server: Debian's python3-aiosmtpd on 127.0.0.1:{server.Port}, Maildir handler (every message is written to a file), one process for both sides.",
            $"Product timing starts with {messages:N0} Pending rows committed in a fresh migrated SQLite file (WAL) and ends when DrainAsync returns with every row Sent; it includes claiming, building each MIME message, connecting once per batch of {BatchSize}, the SMTP conversation and marking each row.",
            "Baseline timing covers the SMTP conversations only: the same subject, names, text and HTML alternative, UTF-8 and base64, built as MimeKit messages before timing, sent one after another over a single MailKit connection (connect and QUIT inside the timing).",
            "After every run the Maildir must have grown by exactly the number of messages sent, and every outbox row must be Sent.",
        ]);
    }

    private static Measurement DispatchWithProduct(string path, SmtpServer server, int messages)
    {
        var options = BenchmarkDatabase.Options(path);
        var enterpriseId = BenchmarkDatabase.CreateAsync(options).GetAwaiter().GetResult();
        Seed(options, enterpriseId, messages);
        SqliteConnection.ClearAllPools();
        using var services = Services(options, server);
        var dispatcher = services.GetRequiredService<MailDispatcher>();
        var measurement = Measure.Once(() => dispatcher.DrainAsync().GetAwaiter().GetResult());
        using var db = BenchmarkDatabase.NewContext(options);
        var sent = db.OutboxMessages.Count(m => m.Status == OutboxStatus.Sent);
        if (sent != messages) throw new InvalidOperationException($"{sent} of {messages} outbox rows are Sent after the drain.");
        SqliteConnection.ClearAllPools();
        return measurement;
    }

    private static ServiceProvider Services(DatabaseOptions options, SmtpServer server)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Delivery"] = "Smtp", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = server.Port.ToString(), ["Mail:UseStartTls"] = "false",
            ["Mail:MaxConcurrency"] = Concurrency.ToString(), ["Mail:MessagesPerSecond"] = "0", ["Mail:BatchSize"] = BatchSize.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<EvalDbContext>(b => PersistenceServiceCollectionExtensions.Configure(b, options));
        services.AddMail(configuration);
        return services.BuildServiceProvider();
    }

    private static void Seed(DatabaseOptions options, Guid enterpriseId, int messages)
    {
        using var db = BenchmarkDatabase.NewContext(options);
        var now = DateTimeOffset.UtcNow;
        db.OutboxMessages.AddRange(Enumerable.Range(0, messages).Select(i => OutboxMessage.Queue(enterpriseId, MailEvent.WindowOpened,
            $"window-opened|benchmark|emp:E{i:000000}", Address(i), Person(i), Subject, Text(i), Html(i), now)));
        db.SaveChanges();
    }

    private static Measurement SendBare(SmtpServer server, int messages)
    {
        var prebuilt = Enumerable.Range(0, messages).Select(Bare).ToArray();
        try
        {
            return Measure.Once(() =>
            {
                using var client = new SmtpClient();
                client.Connect("127.0.0.1", server.Port, SecureSocketOptions.None);
                foreach (var message in prebuilt) client.Send(message);
                client.Disconnect(quit: true);
            });
        }
        finally
        {
            foreach (var m in prebuilt) m.Dispose();
        }
    }

    private static MimeMessage Bare(int i)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Encoding.UTF8, "技能人才评价", "noreply@enterprise-eval.localhost"));
        message.To.Add(new MailboxAddress(Encoding.UTF8, Person(i), Address(i)));
        message.Subject = Subject;
        message.Headers.Replace(HeaderId.MessageId, $"<{Guid.NewGuid():N}@enterprise-eval>");
        message.Headers.Add("X-Eval-Event", "window-opened");
        message.Body = new MultipartAlternative { Part("plain", Text(i)), Part("html", Html(i)) };
        return message;
    }

    private static TextPart Part(string subtype, string text)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, text);
        return part;
    }

    private const string Subject = "【基准测试机械有限公司】2026年度特级技师评价申报开始";

    private static string Address(int i) => $"e{i:000000}@bench.example";

    private static string Person(int i) => $"职工{i}";

    private static string Text(int i) => $"{Person(i)}：\n\n2026年度特级技师评价申报时间：2026年3月2日至2026年3月31日。\n请符合条件的职工按时申报。\n";

    private static string Html(int i) => $"<!DOCTYPE html><html lang=\"zh-CN\"><body><p>{Person(i)}：</p><p><strong>2026年度特级技师评价</strong>申报时间：2026年3月2日至2026年3月31日。</p></body></html>";

    private static int Delivered(SmtpServer server) => Directory.Exists(server.NewFolder) ? Directory.GetFiles(server.NewFolder).Length : 0;

    private static int EnsureDelivered(SmtpServer server, int before, int expected)
    {
        var now = Delivered(server);
        if (now - before != expected) throw new InvalidOperationException($"The server stored {now - before} messages, expected {expected}.");
        return now;
    }
}
