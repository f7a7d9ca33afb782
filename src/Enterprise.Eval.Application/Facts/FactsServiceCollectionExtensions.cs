using Enterprise.Eval.Application.Attestations;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Facts;

public static class FactsServiceCollectionExtensions
{
    /// <summary>Stored employee facts and HR attestations; the facts CSV importer comes with AddEligibilityScreening.</summary>
    public static IServiceCollection AddFacts(this IServiceCollection services)
    {
        services.AddScoped<FactsService>();
        services.AddScoped<AttestationService>();
        services.AddScoped<RosterApplicants>();
        return services;
    }
}
