using Enterprise.Eval.Application;
using Enterprise.Eval.Infrastructure;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Infrastructure.Persistence.Certificates;

namespace Enterprise.Eval.Worker;

/// <summary>Where the layers come together; one list for the service and the verbs alike.</summary>
public static class Composition
{
    /// <summary>Configuration sources: appsettings.json, then EVAL__Section__Key environment variables, then the command line.</summary>
    public static void AddEvalConfiguration(this IConfigurationBuilder configuration, string[] args)
    {
        configuration.AddEnvironmentVariables(prefix: "EVAL__");
        configuration.AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray());
    }

    public static IServiceCollection AddEnterpriseEval(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddMail(configuration);
        services.AddCertificates();
        services.AddCertificateStore();
        return services;
    }
}
