using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Publicity;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// The public publicity page as one HTML document: readable on a phone (viewport, one column, the list scrolls
/// sideways), printable (the form and buttons drop out), every value HTML-encoded. It shows name, gender,
/// department, occupation and level only; the list snapshot holds nothing else.
/// </summary>
internal static partial class PublicityPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(PublicityNotice notice, DateTimeOffset now, string formAction, string antiforgeryField, string antiforgeryToken, PublicityFormState form)
    {
        var title = $"{notice.EnterpriseName}{notice.Level.ChineseName()}拟认定人员名单公示";
        var open = notice.IsAcceptingObjections(now);
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Css).Append("</style></head><body><main>");
        html.Append("<header><p class=\"org\">").Append(E(notice.EnterpriseName)).Append("</p><h1>")
            .Append(E(notice.Level.ChineseName())).Append("拟认定人员名单公示</h1></header>");
        html.Append("<p>根据本企业技能人才自主评价工作安排，经评审委员会评审，拟认定以下人员具备")
            .Append(E(notice.Level.ChineseName())).Append("职业技能等级，现予以公示。</p>");
        html.Append("<p class=\"period\" id=\"period\">").Append(E(notice.PeriodText)).Append("</p>");
        if (form.ReceivedNumber is { } number)
            html.Append("<p class=\"ok\" id=\"received\" role=\"status\">已收到您的异议，编号 ").Append(number).Append("。我们将依规调查核实。</p>");

        AppendList(html, notice);
        AppendHowToObject(html, notice, open, now);
        if (open)
            AppendForm(html, notice, formAction, antiforgeryField, antiforgeryToken, form);
        html.Append("<footer><p>").Append(E(notice.EnterpriseName)).Append(" 技能人才评价工作组</p></footer></main></body></html>");
        return html.ToString();
    }

    public static string NotFound() =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>未找到公示</title><style>" + Css + "</style></head><body><main><h1>未找到该公示</h1><p>链接可能有误，请核对公示通知中的地址。</p></main></body></html>";

    private static void AppendList(StringBuilder html, PublicityNotice notice)
    {
        var entries = notice.Entries.Where(e => !e.IsRemoved).ToList();
        html.Append("<h2>公示名单（共").Append(entries.Count).Append("人）</h2><div class=\"scroll\"><table id=\"list\"><thead><tr>")
            .Append("<th>序号</th><th>姓名</th><th>性别</th><th>部门（单位）</th><th>职业（工种）</th><th>等级</th></tr></thead><tbody>");
        var i = 0;
        foreach (var e in entries)
            html.Append("<tr><td>").Append(++i).Append("</td><td>").Append(E(e.Name)).Append("</td><td>").Append(GenderText(e.Gender))
                .Append("</td><td>").Append(E(e.Department)).Append("</td><td>").Append(E(e.OccupationName))
                .Append("</td><td>").Append(E(e.Level.ChineseName())).Append("</td></tr>");
        html.Append("</tbody></table></div>");
    }

    private static void AppendHowToObject(StringBuilder html, PublicityNotice notice, bool open, DateTimeOffset now)
    {
        html.Append("<h2>异议反映</h2>");
        if (notice.Status != PublicityStatus.Running || now >= notice.EndsAt)
        {
            html.Append("<p class=\"ended\" id=\"ended\">公示已结束，不再受理异议。</p>");
            return;
        }
        if (!open)
        {
            html.Append("<p id=\"not-started\">公示自").Append(E(ChinaTime.FormatInstant(notice.StartsAt))).Append("开始，届时方可提出异议。</p>");
            return;
        }
        html.Append("<p>对公示人员有异议的，请在公示期内（")
            .Append(E(ChinaTime.FormatDate(notice.EndDate))).Append("24:00前）通过下方表格反映，写明事实和理由。")
            .Append(notice.RealNameRequired ? "本次公示要求实名反映，请填写姓名和联系方式；" : "可以匿名反映；留下姓名和联系方式便于核实和答复；")
            .Append("我们将对反映人信息严格保密。</p>");
        if (notice.ObjectionContact is { } contact)
            html.Append("<p>也可向：").Append(E(MaskPhones(contact))).Append(" 反映。</p>");
    }

    private static void AppendForm(StringBuilder html, PublicityNotice notice, string action, string tokenField, string token, PublicityFormState form)
    {
        html.Append("<form method=\"post\" action=\"").Append(E(action)).Append("\" id=\"objection\" novalidate>")
            .Append("<input type=\"hidden\" name=\"").Append(E(tokenField)).Append("\" value=\"").Append(E(token)).Append("\">");
        if (form.Errors.Count > 0)
        {
            html.Append("<div class=\"errors\" id=\"errors\" role=\"alert\"><p>提交未成功，请修改以下内容：</p><ul>");
            foreach (var error in form.Errors)
                html.Append("<li>").Append(E(error.Message)).Append(" <small class=\"code\">").Append(E(error.Code)).Append("</small></li>");
            html.Append("</ul></div>");
        }

        html.Append("<label for=\"entry\">异议对象</label><select id=\"entry\" name=\"entry\"><option value=\"\">请选择公示人员</option>");
        foreach (var e in notice.Entries.Where(e => !e.IsRemoved))
        {
            var value = e.ApplicationId.ToString();
            html.Append("<option value=\"").Append(value).Append('"').Append(value == form.EntryId ? " selected" : "")
                .Append('>').Append(E(e.Name)).Append("（").Append(E(e.Department)).Append("）</option>");
        }
        html.Append("</select>");
        Field(html, form, "entry");
        html.Append("<label for=\"text\">异议内容（事实和理由）</label><textarea id=\"text\" name=\"text\" rows=\"5\" maxlength=\"")
            .Append(PublicityErrors.MaxTextLength).Append("\">").Append(E(form.Text ?? "")).Append("</textarea>");
        Field(html, form, "text");
        var optional = notice.RealNameRequired ? "" : "（选填）";
        html.Append("<label for=\"name\">您的姓名").Append(optional).Append("</label><input id=\"name\" name=\"name\" maxlength=\"100\" value=\"")
            .Append(E(form.Name ?? "")).Append("\">");
        Field(html, form, "name");
        html.Append("<label for=\"contact\">联系方式（电话或电子邮箱）").Append(optional)
            .Append("</label><input id=\"contact\" name=\"contact\" maxlength=\"100\" autocomplete=\"off\">");
        Field(html, form, "contact");
        html.Append("<button type=\"submit\">提交异议</button></form>");
    }

    private static void Field(StringBuilder html, PublicityFormState form, string field)
    {
        if (form.MessageFor(field) is { } message)
            html.Append("<p class=\"field-error\" data-field=\"").Append(field).Append("\">").Append(E(message)).Append("</p>");
    }

    private static string GenderText(Gender gender) => gender == Gender.Female ? "女" : "男";

    private static string E(string value) => Encoder.Encode(value);

    // HR may type a contact line; a mobile number in it is masked like everywhere else shown to staff.
    private static string MaskPhones(string text) => MobileNumber().Replace(text, m => PersonalDataMask.Mobile(m.Value));

    [GeneratedRegex(@"(?<!\d)1\d{10}(?!\d)")]
    private static partial Regex MobileNumber();

    internal const string Css =
        "*{box-sizing:border-box}body{margin:0;font:16px/1.6 -apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#222;background:#f4f5f7}"
        + "main{max-width:860px;margin:0 auto;padding:16px;background:#fff}header{border-bottom:3px solid #b71c1c;margin-bottom:12px}"
        + ".org{margin:0;color:#555}h1{font-size:1.4em;margin:.2em 0 .4em;color:#b71c1c}h2{font-size:1.15em;margin:1.2em 0 .4em}"
        + ".period{font-weight:bold;background:#fff8e1;padding:8px 10px;border-left:4px solid #f9a825}"
        + ".scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:6px 8px;text-align:left}"
        + "th{background:#f0f0f0;white-space:nowrap}td:nth-child(-n+3){white-space:nowrap}@media (max-width:480px){main{padding:12px}th,td{padding:4px 5px;font-size:14px}}label{display:block;margin:12px 0 4px;font-weight:bold}"
        + "select,textarea,input{width:100%;font:inherit;padding:8px;border:1px solid #999;border-radius:4px}"
        + "button{margin-top:16px;width:100%;padding:12px;font:inherit;font-weight:bold;color:#fff;background:#b71c1c;border:0;border-radius:4px}"
        + ".errors{background:#ffebee;border:1px solid #c62828;padding:8px 12px;color:#b71c1c}.errors p{margin:0}.errors ul{margin:4px 0 0;padding-left:1.2em}.errors .code{color:#888}"
        + ".field-error{color:#c62828;margin:4px 0 0}.ok{background:#e8f5e9;border:1px solid #2e7d32;padding:8px 12px}"
        + ".ended{font-weight:bold;color:#555}footer{margin-top:24px;color:#666;font-size:.9em;text-align:right}"
        + "@media print{body{background:#fff}main{max-width:none;padding:0}form,.ok,.errors{display:none}th{background:none}a{color:inherit}}";
}
