using Enterprise.Eval.Infrastructure.Calendar;
using Enterprise.Eval.Infrastructure.Health;
using Enterprise.Eval.Infrastructure.Materials;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Infrastructure.Persistence.Cycles;
using Enterprise.Eval.Infrastructure.Scheduling;
using Enterprise.Eval.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Persistence and everything the command-line verbs need; no background services.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddChinaCalendar(configuration);
        services.AddPlugins(configuration);
        services.AddCyclePersistence();
        services.AddMaterials(configuration);
        services.AddSimulatedClock(configuration);
        return services;
    }

    /// <summary>The long-running parts: the durable scheduler and the health checks of the running service.</summary>
    public static IServiceCollection AddBackgroundInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDurableScheduler(configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }
}
