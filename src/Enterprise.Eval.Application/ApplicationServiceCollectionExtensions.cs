using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Application.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditTrail>();
        services.AddScoped<EnterpriseRegistry>();
        services.AddScoped<RosterImporter>();
        services.AddReview();
        return services;
    }
}
