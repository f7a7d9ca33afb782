using Enterprise.Eval.Application.Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Infrastructure.Persistence.Certificates;

public static class CertificateStoreServiceCollectionExtensions
{
    /// <summary>The database side of certificate serials (needs AddPersistence).</summary>
    public static IServiceCollection AddCertificateStore(this IServiceCollection services) =>
        services.AddScoped<ICertificateSerialStore, CertificateSerialStore>();
}
