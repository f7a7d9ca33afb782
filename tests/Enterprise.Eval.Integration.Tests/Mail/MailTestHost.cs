using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Worker;
using Enterprise.Eval.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>
/// The mail feature without the service host: a migrated SQLite file in a temp folder (or the given database), the
/// Mail section from the test's settings, a manual clock and one registered enterprise.
/// </summary>
public sealed class MailTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private MailTestHost(string root, ServiceProvider services, ManualClock clock)
    {
        Root = root;
        _services = services;
        Clock = clock;
    }

    public string Root { get; }
    public ManualClock Clock { get; }
    public Guid EnterpriseId { get; private set; }
    public string ApiKey { get; private set; } = "";
    public string DatabasePath => Path.Combine(Root, "eval.db");
    public IServiceProvider Services => _services;
    public MailDispatcher Dispatcher => _services.GetRequiredService<MailDispatcher>();

    public static async Task<MailTestHost> StartAsync(IDictionary<string, string?>? mail = null, IMailSender? sender = null, TestDatabase? database = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "eval-mail-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var settings = new Dictionary<string, string?>
        {
            ["Mail:PickupFolder"] = Path.Combine(root, "pickup"),
            ["Mail:MessagesPerSecond"] = "0",
            ["Mail:RetryBaseSeconds"] = "60",
        };
        foreach (var (k, v) in mail ?? new Dictionary<string, string?>()) settings["Mail:" + k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new ManualClock(Start);
        var services = new ServiceCollection();
        Register(services, configuration, clock, database?.Settings ?? new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = Path.Combine(root, "eval.db"),
        });
        if (sender is not null) services.AddSingleton(sender);
        var host = new MailTestHost(root, services.BuildServiceProvider(validateScopes: true), clock);

        await using var scope = host._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EvalDbContext>().Database.MigrateAsync();
        (host.EnterpriseId, host.ApiKey) = await host.RegisterEnterpriseAsync("福州精工机械有限公司", "91350100M000100Y43", "35");
        return host;
    }

    /// <summary>
    /// The product's own composition (the one the service and the verbs use), without the host and its background
    /// services, over the given database: the same registrations as <see cref="Cycles.CycleHost"/>, so this host is
    /// not a second copy of them, only a lighter way to drive the mail feature by hand.
    /// </summary>
    private static void Register(IServiceCollection services, IConfiguration configuration, TimeProvider clock, IDictionary<string, string?> databaseSettings)
    {
        services.AddLogging();
        services.AddSingleton(clock);
        var database = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(databaseSettings).Build();
        services.AddEnterpriseEval(database);
    }

    public async Task<(Guid Id, string ApiKey)> RegisterEnterpriseAsync(string name, string creditCode, string province)
    {
        await using var scope = _services.CreateAsyncScope();
        var (enterprise, key) = await scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>().RegisterAsync(new EnterpriseRegistration(
            name, creditCode, EvaluatorType.Employer, "0000", province, "000001", "人力资源和社会保障局", "REG-2026-001", new DateOnly(2026, 1, 5)), "test");
        return (enterprise.Id, key);
    }

    /// <summary>Adds a notification through the outbox and commits it, as a use case would.</summary>
    public Task<NotificationResult> NotifyAsync(MailEvent kind, string eventKey, IReadOnlyList<MailRecipient> recipients, IReadOnlyDictionary<string, object?>? model = null) =>
        NotifyAsync(EnterpriseId, kind, eventKey, recipients, model);

    public async Task<NotificationResult> NotifyAsync(Guid enterpriseId, MailEvent kind, string eventKey, IReadOnlyList<MailRecipient> recipients, IReadOnlyDictionary<string, object?>? model = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        var result = await outbox.AddAsync(new Notification(kind, enterpriseId, eventKey, recipients, model ?? new Dictionary<string, object?>()));
        await scope.ServiceProvider.GetRequiredService<IEvalDbContext>().SaveChangesAsync();
        return result;
    }

    public async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvalDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static Dictionary<string, string?> Smtp(SmtpServer server, int maxAttempts = 6) => new()
    {
        ["Delivery"] = "Smtp",
        ["Host"] = "127.0.0.1",
        ["Port"] = server.Port.ToString(),
        ["UseStartTls"] = "false",
        ["From"] = "hr-eval@jinggong.example",
        ["FromName"] = "精工人力资源部",
        ["MaxAttempts"] = maxAttempts.ToString(),
        ["TimeoutSeconds"] = "20",
    };
}
