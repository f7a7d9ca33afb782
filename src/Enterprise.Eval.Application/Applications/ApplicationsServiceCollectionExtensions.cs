using Enterprise.Eval.Application.Applications.Consequences;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Applications.Events;
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
        services.AddScoped<MisconductRecordImport>();
        services.AddScoped<ClosingScreening>();
        services.AddScoped<HeldApplications>();
        services.AddScoped<ApplicationCsvImporter>();
        services.AddScoped<Certificates.AuthorityDecisions>();
        services.AddApplicationConsequences();
        return services;
    }

    /// <summary>What each application transition entails; per event the audit first, then the mail (as the chain always read).</summary>
    private static IServiceCollection AddApplicationConsequences(this IServiceCollection services)
    {
        services.AddDomainEvents();
        services.AddScoped<ApplicationSubjects>();
        services.AddDomainEventHandler<ApplicationSubmitted, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicationSubmitted, MailOnApplicationSubmitted>();
        services.AddDomainEventHandler<ApplicationUpdated, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicationWithdrawn, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicationScreened, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicationScreened, MailOnApplicationScreened>();
        services.AddDomainEventHandler<ApplicationAttested, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicationReassessed, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicationReassessed, MailOnHrDecision>();
        services.AddDomainEventHandler<ApplicantRemoved, AuditOnTransition>();
        services.AddDomainEventHandler<ApplicantRemoved, MailOnHrDecision>();
        services.AddDomainEventHandler<MaterialUploaded, AuditOnTransition>();
        services.AddDomainEventHandler<MaterialReviewed, AuditOnTransition>();
        services.AddDomainEventHandler<MaterialReviewed, MailOnHrDecision>();
        services.AddDomainEventHandler<BanRecorded, AuditOnTransition>();
        services.AddDomainEventHandler<AuthorityDecisionRecorded, AuditOnTransition>();
        services.AddDomainEventHandler<AuthorityDecisionRecorded, MailOnAuthorityCertificate>();
        return services;
    }
}
