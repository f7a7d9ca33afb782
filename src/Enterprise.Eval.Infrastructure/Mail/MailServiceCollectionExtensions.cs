using Enterprise.Eval.Application.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Options, templates, the sender chosen by Mail:Delivery, the outbox use cases and the dispatcher (not started).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<IMailTemplateRenderer, HandlebarsMailTemplateRenderer>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Delivery == MailDelivery.Smtp
            ? new SmtpMailSender(sp.GetRequiredService<IOptions<MailOptions>>(), sp.GetService<Microsoft.Extensions.Logging.ILogger<SmtpMailSender>>())
            : new PickupFolderMailSender(sp.GetRequiredService<IOptions<MailOptions>>()));
        services.AddSingleton<MailDispatcher>();
        return services;
    }

    /// <summary>The background delivery loop; for the long-running service only, not for command-line verbs.</summary>
    public static IServiceCollection AddMailDispatch(this IServiceCollection services)
    {
        services.AddHostedService<MailDispatcherService>();
        return services;
    }

    private sealed class MailOptionsValidator : IValidateOptions<MailOptions>
    {
        public ValidateOptionsResult Validate(string? name, MailOptions options)
        {
            var errors = options.Validate().ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
