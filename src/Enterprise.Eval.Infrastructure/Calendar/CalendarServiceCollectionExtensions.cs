using Enterprise.Eval.Domain.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CalendarOptions"/> (validated on start), the <see cref="HolidayTable"/> (embedded years plus
    /// Calendar:ExtraFiles, loaded once) and the national <see cref="IWorkdayCalendar"/> without company closures.
    /// </summary>
    public static IServiceCollection AddChinaCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());
        services.AddSingleton(sp => HolidayTableLoader.Load(sp.GetRequiredService<IOptions<CalendarOptions>>().Value));
        services.AddSingleton(sp => WorkdayCalendar.ForChina(sp.GetRequiredService<HolidayTable>()));
        return services;
    }
}
