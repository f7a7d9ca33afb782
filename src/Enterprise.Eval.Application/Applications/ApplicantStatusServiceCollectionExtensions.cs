using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Applications;

public static class ApplicantStatusServiceCollectionExtensions
{
    /// <summary>The status page's query and the links to it in mails (base address from section "Http").</summary>
    public static IServiceCollection AddApplicantStatus(this IServiceCollection services)
    {
        services.AddOptions<PublicLinkOptions>().BindConfiguration(PublicLinkOptions.Section);
        services.AddScoped<ApplicantStatusLinks>();
        services.AddScoped<ApplicantStatusQuery>();
        return services;
    }
}
