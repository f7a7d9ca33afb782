using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Application.Screening;
using Enterprise.Eval.Application.SchemeDocuments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enterprise.Eval.Application;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // TryAdd: a host (or a test) that brought its own clock keeps it.
        services.TryAddSingleton(TimeProvider.System);
        services.AddDomainEvents();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Applications.ApplicantFactsLoader>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<EnterpriseRegistry>();
        Accounts.AccountsServiceCollectionExtensions.AddAccounts(services);
        services.AddScoped<RosterImporter>();
        // The application use cases and their transitions' consequences; the host adds the IMaterialStore.
        Applications.ApplicationsServiceCollectionExtensions.AddApplications(services);
        services.AddReview();
        services.AddEligibilityScreening();
        Facts.FactsServiceCollectionExtensions.AddFacts(services);
        services.AddSchemeDocuments();
        services.AddScoped<CycleService>();
        services.AddDomainEventHandler<Domain.Cycles.Events.CycleMoved, AuditOnCycleMoved>();
        services.AddScoped<Publicity.PublicityService>();
        services.AddScoped<Pipeline.CycleCertification>();
        services.AddScoped<Cycles.ICycleStepParticipant, Pipeline.EvaluationPipeline>();
        Notifications.NotificationsServiceCollectionExtensions.AddMailNotifications(services);
        return services;
    }
}
