using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Notifications.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>The use cases that write mails of their own: the window-extended mail and the daily HR digest.</summary>
    public static IServiceCollection AddMailNotifications(this IServiceCollection services)
    {
        services.AddScoped<Pipeline.WindowExtensionMail>();
        services.AddScoped<HrDigest>();
        services.AddDomainEvents();
        services.AddDomainEventHandler<MailRequeued, AuditOnMailRequeued>();
        return services;
    }
}
