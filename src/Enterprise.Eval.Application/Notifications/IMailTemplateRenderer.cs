using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Application.Notifications;

/// <summary>Renders an event's subject, text and HTML templates with a model (keys in camelCase, as the templates use them).</summary>
public interface IMailTemplateRenderer
{
    RenderedMail Render(MailTemplateScope scope, MailEvent kind, IReadOnlyDictionary<string, object?> model);
}
