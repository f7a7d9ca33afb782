using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Accounts.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The console accounts' use cases and the audit of their changes; the host adds the <see cref="IPasswordHashing"/>.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<ConsoleAccounts>();
        services.AddDomainEventHandler<AccountInvited, AuditOnAccountChange>();
        services.AddDomainEventHandler<AccountActivated, AuditOnAccountChange>();
        services.AddDomainEventHandler<AccountLockedOut, AuditOnAccountChange>();
        services.AddDomainEventHandler<AccountProvisionedByPlatform, AuditOnAccountChange>();
        services.AddDomainEventHandler<AccountLinkedToPlatform, AuditOnAccountChange>();
        services.AddDomainEventHandler<AccountChangedByPlatform, AuditOnAccountChange>();
        return services;
    }
}
