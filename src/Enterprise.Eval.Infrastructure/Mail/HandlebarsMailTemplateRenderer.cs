using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Notifications;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Renders mail templates with Handlebars.Net. Each part (subject, text, html) is looked up on its own, first in
/// Mail:TemplateFolder/&lt;enterprise ID&gt;/&lt;event&gt;/, then under the credit code, then in the built-in templates, so
/// an enterprise can override just its subject. HTML is escaped; subject and text are not (they are not HTML).
/// Helpers: {{date x}} → 2026年3月2日 (China date of an instant), {{datetime x}} → 2026年3月2日 9:00.
/// </summary>
public sealed class HandlebarsMailTemplateRenderer : IMailTemplateRenderer
{
    private const string ResourcePrefix = "mail-templates/";
    private static readonly Assembly Resources = typeof(HandlebarsMailTemplateRenderer).Assembly;
    private static readonly Dictionary<string, string> ResourceNames = Resources.GetManifestResourceNames()
        .Where(n => n.Replace('\\', '/').StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToDictionary(n => n.Replace('\\', '/'), n => n, StringComparer.Ordinal);

    private readonly IHandlebars _html = CreateEnvironment(escape: true);
    private readonly IHandlebars _plain = CreateEnvironment(escape: false);
    private readonly ConcurrentDictionary<(string Source, DateTime Stamp, bool Html), HandlebarsTemplate<object, object>> _compiled = new();
    private readonly string? _folder;

    public HandlebarsMailTemplateRenderer(IOptions<MailOptions> options)
    {
        var folder = options.Value.TemplateFolder;
        _folder = string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder);
    }

    public RenderedMail Render(MailTemplateScope scope, MailEvent kind, IReadOnlyDictionary<string, object?> model)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(model);
        var context = model as Dictionary<string, object?> ?? new Dictionary<string, object?>(model, StringComparer.Ordinal);
        var subject = Template(scope, kind, "subject", html: false)(context);
        var text = Template(scope, kind, "text", html: false)(context);
        var html = Template(scope, kind, "html", html: true)(context);
        // A subject is one header line: templates may wrap it for readability.
        subject = string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new RenderedMail(IdNumberScrubber.Scrub(subject), IdNumberScrubber.Scrub(text), IdNumberScrubber.Scrub(html));
    }

    private HandlebarsTemplate<object, object> Template(MailTemplateScope scope, MailEvent kind, string part, bool html)
    {
        var relative = $"{kind.TemplateName()}/{part}.hbs";
        if (_folder is not null)
        {
            foreach (var owner in new[] { scope.EnterpriseId.ToString(), scope.CreditCode })
            {
                var path = Path.Combine(_folder, owner, relative);
                if (!File.Exists(path)) continue;
                var stamp = File.GetLastWriteTimeUtc(path);
                return _compiled.GetOrAdd((path, stamp, html), _ => Compile(File.ReadAllText(path), html));
            }
        }
        if (!ResourceNames.TryGetValue(ResourcePrefix + relative, out var resource))
            throw new InvalidOperationException($"The built-in mail template '{relative}' is missing from the assembly.");
        return _compiled.GetOrAdd((resource, DateTime.MinValue, html), _ =>
        {
            using var stream = Resources.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            return Compile(reader.ReadToEnd(), html);
        });
    }

    private HandlebarsTemplate<object, object> Compile(string source, bool html) => (html ? _html : _plain).Compile(source);

    private static IHandlebars CreateEnvironment(bool escape)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = !escape, FormatProvider = CultureInfo.InvariantCulture });
        handlebars.RegisterHelper("date", (in HelperOptions _, in Context _, in Arguments args) => args.Length == 0 ? "" : FormatDate(args[0]));
        handlebars.RegisterHelper("datetime", (in HelperOptions _, in Context _, in Arguments args) => args.Length == 0 ? "" : FormatInstant(args[0]));
        return handlebars;
    }

    internal static string FormatDate(object? value) => value switch
    {
        null => "",
        DateOnly d => ChinaTime.FormatDate(d),
        DateTimeOffset o => ChinaTime.FormatDate(ChinaTime.DateOf(o)),
        DateTime t => ChinaTime.FormatDate(DateOnly.FromDateTime(t)),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => ChinaTime.FormatDate(d),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var o) => ChinaTime.FormatDate(ChinaTime.DateOf(o)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    internal static string FormatInstant(object? value) => value switch
    {
        null => "",
        DateTimeOffset o => ChinaTime.FormatInstant(o),
        DateTime t => ChinaTime.FormatInstant(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var o) => ChinaTime.FormatInstant(o),
        _ => FormatDate(value),
    };
}
