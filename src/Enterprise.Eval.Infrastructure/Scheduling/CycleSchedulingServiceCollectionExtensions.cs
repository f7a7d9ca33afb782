using Enterprise.Eval.Application.Cycles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Enterprise.Eval.Infrastructure.Scheduling;

public static class CycleSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CycleScheduler"/> and the Quartz-backed <see cref="ITimetableScheduler"/>. An
    /// <see cref="ICycleRepository"/> must be registered separately (the persistence layer).
    /// </summary>
    public static IServiceCollection AddCycleScheduling(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Scoped<ITimetableScheduler, QuartzTimetableScheduler>());
        services.TryAddScoped<CycleScheduler>();
        services.TryAddScoped<CycleStepRunner>();
        return services;
    }

    /// <summary>
    /// Inside <c>AddQuartz(q =&gt; …)</c>: the durable step job, and the reconcile job at start-up and then every
    /// <paramref name="reconcileEvery"/> (default 10 minutes).
    /// </summary>
    public static IQuartzBuilder AddCycleJobs(this IQuartzBuilder quartz, TimeSpan? reconcileEvery = null)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<CycleStepJob>(job => job.WithIdentity(CycleStepJob.Key).StoreDurably());
        quartz.ScheduleJob<CycleReconcileJob>(
            trigger => trigger
                .WithIdentity("cycle-reconcile", QuartzTimetableScheduler.Group + "-maintenance")
                .StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(reconcileEvery ?? TimeSpan.FromMinutes(10)).RepeatForever()),
            job => job.WithIdentity(CycleReconcileJob.Key));
        return quartz;
    }
}
