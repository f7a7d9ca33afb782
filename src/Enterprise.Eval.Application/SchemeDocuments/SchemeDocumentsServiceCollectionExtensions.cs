using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Application.SchemeDocuments.Consequences;
using Enterprise.Eval.Domain.SchemeDocuments.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.SchemeDocuments;

public static class SchemeDocumentsServiceCollectionExtensions
{
    /// <summary>The stored schemes' and the assessors' use cases, and the consequences of the scheme transitions.</summary>
    public static IServiceCollection AddSchemeDocuments(this IServiceCollection services)
    {
        services.AddScoped<SchemeDocumentService>();
        services.AddScoped<Assessors.AssessorRegistry>();
        services.AddScoped<Assessors.AssessmentService>();
        services.AddDomainEventHandler<SchemeUploaded, AuditOnSchemeTransition>();
        services.AddDomainEventHandler<SchemeSubmitted, AuditOnSchemeTransition>();
        services.AddDomainEventHandler<SchemeApproved, AuditOnSchemeTransition>();
        services.AddDomainEventHandler<SchemeReturned, AuditOnSchemeTransition>();
        services.AddDomainEventHandler<SchemePublished, AuditOnSchemeTransition>();
        services.AddDomainEventHandler<SchemePublished, MailOnSchemePublished>();
        return services;
    }
}
