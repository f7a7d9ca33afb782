using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Application.Exports.Consequences;
using Enterprise.Eval.Domain.Certificates.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Certificates;

public static class CertificateServiceCollectionExtensions
{
    /// <summary>Issuing, revoking and exporting certificates. The serial store comes from the infrastructure (AddCertificateStore).</summary>
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<ICertificateRevocation>(sp => sp.GetRequiredService<CertificateIssuer>());
        services.AddScoped<ExportRowSource>();
        services.AddScoped<CycleExporter>();
        services.AddDomainEvents();
        services.AddDomainEventHandler<ExportBatchRecorded, AuditOnExportBatch>();
        services.AddDomainEventHandler<ExportBatchRepeated, AuditOnExportBatch>();
        services.AddDomainEventHandler<ExportBatchAnswered, AuditOnExportBatch>();
        return services;
    }
}
