using Enterprise.Eval.Application.Notifications;
using Enterprise.Eval.Domain.Notifications;
using Enterprise.Eval.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class MailTemplateRendererTests
{
    private const string IdNumber = "11010519491231002X";
    private static readonly MailTemplateScope Scope = new(Guid.NewGuid(), "91350100M000100Y43");

    private static HandlebarsMailTemplateRenderer Renderer(string? folder = null) =>
        new(Options.Create(new MailOptions { TemplateFolder = folder }));

    private static Dictionary<string, object?> Model(params (string Key, object? Value)[] values)
    {
        var model = new Dictionary<string, object?> { ["recipientName"] = "张三", ["enterpriseName"] = "福州精工机械有限公司", ["cycleName"] = "2026年度特级技师评价" };
        foreach (var (k, v) in values) model[k] = v;
        return model;
    }

    [Fact]
    public void Render_WritesDatesTheChineseWay_ForDatesAndInstants()
    {
        var mail = Renderer().Render(Scope, MailEvent.WindowExtended, Model(
            ("previousClosesOn", new DateTimeOffset(2026, 3, 31, 9, 0, 0, TimeSpan.Zero)),
            ("closesOn", new DateTimeOffset(2026, 4, 14, 17, 0, 0, TimeSpan.Zero)))); // 15 April in China

        Assert.Equal("【福州精工机械有限公司】2026年度特级技师评价申报截止日期延长至2026年4月15日", mail.Subject);
        Assert.Contains("由2026年3月31日 17:00延长至2026年4月15日 1:00", mail.TextBody);
    }

    [Fact]
    public void Render_MasksAnIdNumber_WhereverTheModelPutsIt()
    {
        var mail = Renderer().Render(Scope, MailEvent.ScreeningVerdict, Model(
            ("passed", false), ("reasons", new[] { $"身份证号 {IdNumber} 与花名册不一致" }), ("recipientName", "张三" + IdNumber)));

        foreach (var part in new[] { mail.Subject, mail.TextBody, mail.HtmlBody })
            Assert.DoesNotContain(IdNumber, part);
        Assert.Contains("110105********002X", mail.TextBody);
    }

    [Fact]
    public void Render_LeavesOtherLongNumbersAlone_WhenTheirCheckDigitIsNotAnIdNumbers()
    {
        var mail = Renderer().Render(Scope, MailEvent.CertificateIssued, Model(
            ("level", "特级技师"), ("certificateNumber", "S000032010001260000001"), ("issuedOn", new DateOnly(2026, 6, 1))));

        Assert.Contains("S000032010001260000001", mail.TextBody);
        Assert.Contains("2026年6月1日", mail.TextBody);
    }

    [Fact]
    public void Render_EscapesHtmlOnlyInTheHtmlPart_AndKeepsChineseReadable()
    {
        var mail = Renderer().Render(Scope, MailEvent.MaterialReturned, Model(("reasons", new[] { "照片不清晰 <请重新上传>" })));

        Assert.Contains("照片不清晰 <请重新上传>", mail.TextBody);
        Assert.Contains("照片不清晰 &lt;请重新上传&gt;", mail.HtmlBody);
    }

    [Fact]
    public void Render_ProducesSubjectTextAndHtml_ForEveryEvent()
    {
        var renderer = Renderer();
        foreach (var kind in MailEvents.All)
        {
            var mail = renderer.Render(Scope, kind, Model());
            Assert.StartsWith("【福州精工机械有限公司】", mail.Subject);
            Assert.DoesNotContain("\n", mail.Subject);
            Assert.Contains("张三：", mail.TextBody);
            Assert.Contains("<html lang=\"zh-CN\">", mail.HtmlBody);
        }
    }

    [Fact]
    public void Render_UsesTheEnterprisesOwnSubject_WhenItsFolderOverridesIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eval-templates-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, Scope.CreditCode, "window-opened"));
            File.WriteAllText(Path.Combine(folder, Scope.CreditCode, "window-opened", "subject.hbs"), "【精工】{{cycleName}}今天开始报名（截止{{date closesOn}}）");

            var mail = Renderer(folder).Render(Scope, MailEvent.WindowOpened, Model(("opensOn", new DateOnly(2026, 3, 2)), ("closesOn", new DateOnly(2026, 3, 31))));
            var other = Renderer(folder).Render(Scope with { CreditCode = "91512081MA62K0260E" }, MailEvent.WindowOpened, Model());

            Assert.Equal("【精工】2026年度特级技师评价今天开始报名（截止2026年3月31日）", mail.Subject);
            Assert.Contains("申报时间：2026年3月2日至2026年3月31日", mail.TextBody); // text still the built-in one
            Assert.StartsWith("【福州精工机械有限公司】", other.Subject);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
