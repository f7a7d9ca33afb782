using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Mail;

/// <summary>Every mail about an application carries the applicant's status-page link when the model has one.</summary>
public sealed class StatusLinkTemplateSpecs
{
    private const string Link = "https://eval.example.com/status/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
    private static readonly MailTemplateScope Scope = new(Guid.NewGuid(), "91350100M000100Y43");
    private static readonly HandlebarsMailTemplateRenderer Renderer = new(Options.Create(new MailOptions()));

    public static TheoryData<MailEvent> ApplicationEvents() =>
    [
        MailEvent.ApplicationReceived, MailEvent.ScreeningVerdict, MailEvent.MaterialReturned, MailEvent.ReviewOutcome,
        MailEvent.PublicityStarted, MailEvent.CertificateIssued, MailEvent.Disqualified,
    ];

    private static Dictionary<string, object?> Model(string? link) => new()
    {
        ["recipientName"] = "张三", ["enterpriseName"] = "福州精工机械有限公司", ["cycleName"] = "2026年度特级技师评价",
        ["reasons"] = new[] { "理由" }, ["statusUrl"] = link,
    };

    [Theory]
    [MemberData(nameof(ApplicationEvents))]
    public void ApplicationMail_WithALink_ShowsItInTextAndHtml(MailEvent kind)
    {
        var mail = Renderer.Render(Scope, kind, Model(Link));

        Assert.Contains("查看您的申报进度：" + Link, mail.TextBody);
        Assert.Contains($"<a href=\"{Link}\">", mail.HtmlBody);
    }

    [Theory]
    [MemberData(nameof(ApplicationEvents))]
    public void ApplicationMail_WithoutALink_HasNoTraceOfIt(MailEvent kind)
    {
        var mail = Renderer.Render(Scope, kind, Model(null));

        Assert.DoesNotContain("申报进度", mail.TextBody);
        Assert.DoesNotContain("申报进度", mail.HtmlBody);
        Assert.DoesNotContain("\n\n\n", mail.TextBody.ReplaceLineEndings("\n"));
    }
}
