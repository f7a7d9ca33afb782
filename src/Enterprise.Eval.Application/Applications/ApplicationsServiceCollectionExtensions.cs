using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Applications;

public static class ApplicationsServiceCollectionExtensions
{
    /// <summary>The application use cases; the host adds an <see cref="IMaterialStore"/> (Infrastructure's AddMaterials).</summary>
    public static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.AddScoped<ApplicationCycles>();
        services.AddScoped<ApplicationQuota>();
        services.AddScoped<ApplicationMails>();
        services.AddApplicantStatus();
        services.AddScoped<ApplicationService>();
        services.AddScoped<MaterialService>();
        services.AddScoped<DisqualificationService>();
        services.AddScoped<ClosingScreening>();
        services.AddScoped<HeldApplications>();
        services.AddScoped<ApplicationCsvImporter>();
        return services;
    }
}
