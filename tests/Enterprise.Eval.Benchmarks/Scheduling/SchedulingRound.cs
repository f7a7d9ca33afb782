using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Benchmarks.Api;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Worker;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Enterprise.Eval.Benchmarks.Scheduling;

/// <summary>
/// One round of the scheduling benchmark, run in a process of its own (<c>scheduling-round</c>): Hangfire keeps its
/// configuration in static globals (GlobalConfiguration, JobActivator.Current, the log provider), so a bare server
/// started in the process of a disposed product host would still resolve jobs through that host. Prints one line
/// <c>late SECONDS</c> per step or job on stdout; everything else goes to stderr.
/// </summary>
internal static class SchedulingRound
{
    public const string Verb = "scheduling-round";

    /// <summary>Steps (product) or jobs (bare) due at one instant in one round.</summary>
    public const int StepsPerRound = 10;

    /// <summary>Real time between the end of the set-up and the instant; the set-up must finish inside it.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly DateTimeOffset Opens = ChinaTime.At(new DateOnly(2026, 6, 10), new TimeOnly(9, 0));

    /// <summary>args: product|bare Sqlite|PostgreSql FOLDER [CONNECTION-STRING].</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 3 || args[0] is not ("product" or "bare") || !Enum.TryParse<DatabaseProvider>(args[1], out var provider))
        {
            Console.Error.WriteLine($"usage: {Verb} product|bare Sqlite|PostgreSql FOLDER [CONNECTION-STRING]");
            return 1;
        }
        var connection = args.Length > 3 ? args[3] : null;
        var late = args[0] == "product"
            ? ProductAsync(provider, args[2], connection).GetAwaiter().GetResult()
            : BareAsync(provider, args[2], connection).GetAwaiter().GetResult();
        foreach (var seconds in late) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"late {seconds:0.000}"));
        return 0;
    }

    /// <summary>
    /// The real service with its shipped scheduler settings and a clock that ticks in real time: <see cref="StepsPerRound"/>
    /// cycles whose windows open at one instant <see cref="Lead"/> ahead; lateness = the WindowOpened event's instant
    /// (the product's clock when the step was taken) minus the planned opening.
    /// </summary>
    private static async Task<IReadOnlyList<double>> ProductAsync(DatabaseProvider provider, string folder, string? connectionString)
    {
        var clock = new ShiftedClock(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
        var app = ServiceHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(), ["Database:SqlitePath"] = Path.Combine(folder, "product.db"),
                ["Database:ConnectionString"] = connectionString,
                ["Http:Url"] = "http://127.0.0.1:0", ["Http:AdminKey"] = ProductApi.AdminKey,
                ["Mail:Delivery"] = "Pickup", ["Mail:PickupFolder"] = Path.Combine(folder, "mail"),
                ["Materials:Folder"] = Path.Combine(folder, "materials"), ["DataProtection:KeysFolder"] = Path.Combine(folder, "keys"),
            });
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole().AddFilter((_, level) => level >= LogLevel.Warning);
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            var (_, key) = await ProductApi.RegisterAsync(http);
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            var schemes = new List<Guid>();
            for (var i = 0; i < StepsPerRound; i++)
                schemes.Add(await ProductApi.PublishSchemeAsync(http, copy: i + 1));
            // Seeding done: the clock now reads the lead before the window opens, and every cycle is created inside it.
            clock.JumpTo(Opens - Lead);
            var cycles = new List<Guid>();
            foreach (var schemeId in schemes)
            {
                var cycle = await ProductApi.Ok(await http.PostAsJsonAsync("/api/cycles", new
                {
                    schemeId, year = 2026, windowOpensAt = "2026-06-10 09:00", windowClosesAt = "2026-06-12 16:00",
                    reviewEndsAt = "2026-06-15 17:00", publicityStartsAt = "2026-06-16 00:00",
                }), "cycle");
                cycles.Add(cycle.GetProperty("id").GetGuid());
            }
            if (clock.GetUtcNow() > Opens - TimeSpan.FromSeconds(2))
                throw new InvalidOperationException($"creating the cycles took longer than the {Lead.TotalSeconds:0} s lead: the round would not measure the scheduler.");

            var latenesses = new List<double>();
            var until = DateTime.UtcNow + Lead + Patience;
            foreach (var id in cycles)
            {
                while (true)
                {
                    var view = await http.GetFromJsonAsync<JsonElement>($"/api/cycles/{id}");
                    var opened = view.GetProperty("history").EnumerateArray().FirstOrDefault(e => e.GetProperty("what").GetString() == "WindowOpened");
                    if (opened.ValueKind == JsonValueKind.Object)
                    {
                        latenesses.Add((opened.GetProperty("at").GetDateTimeOffset() - Opens).TotalSeconds);
                        break;
                    }
                    if (DateTime.UtcNow > until) throw new TimeoutException($"cycle {id} did not open within {(Lead + Patience).TotalSeconds:0} s of real time");
                    await Task.Delay(200);
                }
            }
            return latenesses;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// Bare Hangfire on the same kind of storage with the same polling and worker count as the product: as many no-op
    /// delayed jobs at one instant; lateness = the job's start minus the instant. Its own process, so Hangfire's
    /// globals (activator, filters, log provider) are their defaults and the storage is passed explicitly.
    /// </summary>
    private static async Task<IReadOnlyList<double>> BareAsync(DatabaseProvider provider, string folder, string? connectionString)
    {
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new SilentLogProvider());
        JobStorage storage = provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString!, new PostgreSqlStorageOptions()),
                new PostgreSqlStorageOptions { QueuePollInterval = Poll, PrepareSchemaIfNecessary = true })
            : new SQLiteStorage(Path.Combine(folder, "bare.hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = Poll });
        var options = new BackgroundJobServerOptions { SchedulePollingInterval = Poll, WorkerCount = 4 };
        using var server = new BackgroundJobServer(options, storage);
        var client = new BackgroundJobClient(storage);
        var at = DateTimeOffset.UtcNow + Lead;
        for (var i = 0; i < StepsPerRound; i++)
            client.Schedule(() => BareJob.Mark(), at);
        var until = DateTime.UtcNow + Lead + Patience;
        while (BareJob.Started.Count < StepsPerRound)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"only {BareJob.Started.Count} of {StepsPerRound} bare Hangfire jobs started");
            await Task.Delay(50);
        }
        return [.. BareJob.Started.Select(s => (s - at).TotalSeconds)];
    }

    /// <summary>Bare Hangfire logs nothing: stdout carries the figures.</summary>
    private sealed class SilentLogProvider : Hangfire.Logging.ILogProvider
    {
        public Hangfire.Logging.ILog GetLogger(string name) => new Silent();

        private sealed class Silent : Hangfire.Logging.ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }
}

/// <summary>The baseline's job: records when it started (public and static: Hangfire finds it by name).</summary>
public static class BareJob
{
    internal static readonly ConcurrentBag<DateTimeOffset> Started = [];

    public static void Mark() => Started.Add(DateTimeOffset.UtcNow);
}
