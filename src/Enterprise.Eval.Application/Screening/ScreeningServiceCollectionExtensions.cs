using Enterprise.Eval.Application.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Screening;

public static class ScreeningServiceCollectionExtensions
{
    /// <summary>Registers the screening service, its CSV writer and the facts CSV importer (all stateless).</summary>
    public static IServiceCollection AddEligibilityScreening(this IServiceCollection services)
    {
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<ScreeningCsvWriter>();
        services.AddSingleton<FactsCsvImporter>();
        return services;
    }
}
