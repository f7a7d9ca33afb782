using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Applications;

public static class ApplicantStatusServiceCollectionExtensions
{
    /// <summary>The status page's query and the links to it in mails (base address from section "Http").</summary>
    public static IServiceCollection AddApplicantStatus(this IServiceCollection services)
    {
        // Bound when configuration is there (every host); a bare container keeps the defaults instead of failing.
        services.AddOptions<PublicLinkOptions>().Configure<IServiceProvider>((options, sp) =>
            sp.GetService<IConfiguration>()?.GetSection(PublicLinkOptions.Section).Bind(options));
        services.AddScoped<ApplicantStatusLinks>();
        services.AddScoped<ApplicantStatusQuery>();
        return services;
    }
}
