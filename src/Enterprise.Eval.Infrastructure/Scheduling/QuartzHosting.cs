using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Quartz on the product's own database: triggers are rows, so a timetable survives restarts, and on PostgreSQL the
/// nodes form a cluster that fires each trigger once. Quartz creates its own tables (ProvisionSchema). The scheduler
/// reads the container's <see cref="TimeProvider"/>, so a test clock drives both the cycles and their triggers.
/// </summary>
public static class QuartzHosting
{
    public static IServiceCollection AddDurableScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var scheduler = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section));
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = scheduler.Name;
                o.GenerateInstanceId = true;
                o.IdleWaitTime = TimeSpan.FromMilliseconds(Math.Max(1000, scheduler.IdleWaitMilliseconds));
            });
            q.UsePersistentStore(s =>
            {
                s.ConfigureStore(o => o.MisfireThreshold = TimeSpan.FromSeconds(scheduler.MisfireThresholdSeconds));
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    s.UsePostgres(database.EffectiveConnectionString);
                    s.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(scheduler.ClusterCheckinSeconds));
                }
                else
                {
                    s.UseSqlite(database.EffectiveConnectionString);
                }
                s.ProvisionSchema();
            });
            q.AddCycleJobs(TimeSpan.FromSeconds(Math.Max(1, scheduler.ReconcileSeconds)));
            Mail.HrDigestScheduling.AddHrDigestJob(q, TimeSpan.FromMinutes(Math.Clamp(configuration.GetSection(Mail.MailOptions.Section).Get<Mail.MailOptions>()?.DigestCheckMinutes ?? 15, 1, 1440)));
        });
        services.AddCycleScheduling();
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        return services;
    }
}
