using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Hangfire on the product's own database: Hangfire.Storage.SQLite beside the embedded SQLite file (one process per
/// file), Hangfire.PostgreSql or Hangfire.SqlServer where several nodes share one database. Jobs are only wake-up
/// calls; the product's clock and the stored state decide what is due, so a duplicate, early or late run is harmless.
/// </summary>
public static class HangfireHosting
{
    public static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static IServiceCollection AddDurableScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var scheduler = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section));
        var queuePoll = TimeSpan.FromMilliseconds(Math.Max(100, scheduler.QueuePollMilliseconds));

        // This host's own storage and job activator, registered before AddHangfire so that its TryAdd defaults
        // (JobStorage.Current, JobActivator.Current: process-wide statics) are never used. With the statics, a second
        // host in the same process (tests, benchmarks) could take the first one's storage or activator, and its jobs
        // then ran against a disposed service provider.
        services.AddSingleton<JobStorage>(_ => CreateStorage(database, queuePoll));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHostedService(sp => new HangfireLogRouter.Attachment(sp.GetRequiredService<ILoggerFactory>()));
        services.AddHangfire(config => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(HangfireLogRouter.Instance));
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"{scheduler.Name}:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(Math.Max(100, scheduler.SchedulePollingMilliseconds));
            o.WorkerCount = Math.Max(1, scheduler.WorkerCount);
        });
        services.AddCycleScheduling();
        services.AddHostedService(sp => new RecurringJobsRegistration(
            sp.GetRequiredService<IRecurringJobManager>(), sp.GetRequiredService<IBackgroundJobClient>(),
            scheduler, configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions()));
        return services;
    }

    private static JobStorage CreateStorage(DatabaseOptions database, TimeSpan queuePoll)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                return CreatePostgreSqlStorageOnce(database.EffectiveConnectionString, queuePoll);
            case DatabaseProvider.SqlServer:
                // No advisory lock of our own: Hangfire.SqlServer's install script takes sp_getapplock on its schema lock.
                return new SqlServerStorage(database.EffectiveConnectionString, new SqlServerStorageOptions
                {
                    QueuePollInterval = queuePoll,
                    PrepareSchemaIfNecessary = true,
                });
            default:
                var path = StoragePathFor(database.SqlitePath);
                SqliteSchedulerLock.Acquire(path + ".lock");
                return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = queuePoll });
        }
    }

    /// <summary>Hangfire's own SQLite file, next to the product's: data/enterprise-eval.db → data/enterprise-eval.hangfire.db.</summary>
    public static string StoragePathFor(string sqlitePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sqlitePath))!, Path.GetFileNameWithoutExtension(sqlitePath) + ".hangfire.db");

    /// <summary>
    /// Hangfire.PostgreSql creates its schema when the storage is built; two nodes starting at once collide on a
    /// duplicate key. A session advisory lock makes the nodes create it one after the other.
    /// </summary>
    private static PostgreSqlStorage CreatePostgreSqlStorageOnce(string connectionString, TimeSpan queuePoll)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('enterprise-eval:hangfire-schema'))", connection))
            lockCommand.ExecuteNonQuery();
        try
        {
            var options = new PostgreSqlStorageOptions { QueuePollInterval = queuePoll, PrepareSchemaIfNecessary = true };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        }
        finally
        {
            using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('enterprise-eval:hangfire-schema'))", connection);
            unlock.ExecuteNonQuery();
        }
    }

    /// <summary>Cron for "every n seconds" (Hangfire 1.8 reads six-part expressions with seconds).</summary>
    internal static string EverySeconds(int seconds) => seconds switch
    {
        < 60 => $"*/{Math.Max(1, seconds)} * * * * *",
        < 3600 => $"0 */{seconds / 60} * * * *",
        _ => "0 0 * * * *",
    };

    private sealed class RecurringJobsRegistration(
        IRecurringJobManager recurring, IBackgroundJobClient client, SchedulerOptions scheduler, MailOptions mail) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var china = new RecurringJobOptions { TimeZone = ChinaTime };
            recurring.AddOrUpdate<CycleReconcileJob>(CycleReconcileJob.Id, j => j.RunAsync(CancellationToken.None),
                EverySeconds(Math.Max(1, scheduler.ReconcileSeconds)), china);
            var at = mail.DigestNotBefore;
            recurring.AddOrUpdate<HrDigestJob>(HrDigestJob.DailyId, j => j.RunAsync(CancellationToken.None),
                $"{at.Minute} {at.Hour} * * *", china);
            recurring.AddOrUpdate<HrDigestJob>(HrDigestJob.CatchUpId, j => j.RunAsync(CancellationToken.None),
                EverySeconds(60 * Math.Clamp(mail.DigestCheckMinutes, 1, 1440)), china);
            // At start-up as Quartz did: re-arm every cycle and make up a digest missed while the service was down.
            client.Enqueue<CycleReconcileJob>(j => j.RunAsync(CancellationToken.None));
            client.Enqueue<HrDigestJob>(j => j.RunAsync(CancellationToken.None));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
