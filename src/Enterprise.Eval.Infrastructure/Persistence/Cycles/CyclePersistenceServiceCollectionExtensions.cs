using Enterprise.Eval.Application.Cycles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enterprise.Eval.Infrastructure.Persistence.Cycles;

public static class CyclePersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The EF cycle repository and <see cref="CycleScheduler"/>; without the durable scheduler (verbs) triggers are
    /// deferred to the service's reconcile. <c>AddCycleScheduling</c> replaces the timer with Hangfire.
    /// </summary>
    public static IServiceCollection AddCyclePersistence(this IServiceCollection services)
    {
        services.TryAddScoped<ICycleRepository, EfCycleRepository>();
        services.TryAddScoped<ITimetableScheduler, DeferredTimetableScheduler>();
        services.TryAddScoped<CycleScheduler>();
        services.TryAddScoped<CycleStepRunner>();
        return services;
    }
}
