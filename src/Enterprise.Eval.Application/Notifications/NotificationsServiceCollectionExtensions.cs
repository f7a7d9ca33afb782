using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Notifications.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// The outbox every mail is written to, the failed mails and their retry, and the use cases that write mails of
    /// their own (the window-extended mail, the daily HR digest). The host adds the renderer and the sender (AddMail).
    /// </summary>
    public static IServiceCollection AddMailNotifications(this IServiceCollection services)
    {
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailFailures>();
        services.AddScoped<Pipeline.WindowExtensionMail>();
        services.AddScoped<HrDigest>();
        services.AddDomainEvents();
        services.AddDomainEventHandler<MailRequeued, AuditOnMailRequeued>();
        return services;
    }
}
