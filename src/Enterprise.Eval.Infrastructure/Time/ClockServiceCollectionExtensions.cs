using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Infrastructure.Time;

public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// With Clock:SimulatedNowFile set, "now" for the whole service (use cases, the scheduler's jobs, the API) is a
    /// <see cref="SimulatedClock"/> following that file, replacing the system clock, and the service warns at start.
    /// Without it nothing changes.
    /// </summary>
    public static IServiceCollection AddSimulatedClock(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        services.AddOptions<ClockOptions>().Bind(configuration.GetSection(ClockOptions.Section));
        if (string.IsNullOrWhiteSpace(options.SimulatedNowFile)) return services;

        var file = options.SimulatedNowFile;
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp =>
            SimulatedClock.FollowFile(file, sp.GetRequiredService<ILoggerFactory>().CreateLogger<SimulatedClock>())));
        services.AddHostedService<SimulatedClockNotice>();
        return services;
    }
}
