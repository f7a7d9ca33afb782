using Enterprise.Eval.Application.Cycles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enterprise.Eval.Infrastructure.Scheduling;

public static class CycleSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CycleScheduler"/> and the Hangfire-backed <see cref="ITimetableScheduler"/>. An
    /// <see cref="ICycleRepository"/> must be registered separately (the persistence layer).
    /// </summary>
    public static IServiceCollection AddCycleScheduling(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Scoped<ITimetableScheduler, HangfireTimetableScheduler>());
        services.TryAddScoped<CycleScheduler>();
        services.TryAddScoped<CycleStepRunner>();
        services.TryAddScoped<CycleStepJob>();
        services.TryAddScoped<CycleReconcileJob>();
        return services;
    }
}
