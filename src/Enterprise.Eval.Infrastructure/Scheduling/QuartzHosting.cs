using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// Quartz on the product's own database: triggers are rows, so a timetable survives restarts, and on PostgreSQL the
/// nodes form a cluster that fires each trigger once. Quartz creates its own tables (ProvisionSchema).
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
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        return services;
    }
}
