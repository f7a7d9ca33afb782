using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Worker.Pages;

/// <summary>
/// The applicant's status page as one HTML document in the publicity page's style (phone-readable, printable, every
/// value HTML-encoded): where the application stands, what is missing, the dates. The view holds no ID or phone
/// number and only the masked name, so nothing here can leak them even if the link is forwarded.
/// </summary>
internal static class StatusPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string ExtraCss =
        "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}dt{color:#555}dd{margin:0}"
        + ".state{font-size:1.2em;font-weight:bold;background:#e3f2fd;padding:8px 10px;border-left:4px solid #1565c0;margin:.4em 0}"
        + ".state.bad{background:#ffebee;border-left-color:#c62828}.note{color:#555}ul.missing{padding-left:1.2em}";

    public static string Render(ApplicantStatusView v, DateTimeOffset now)
    {
        var html = new StringBuilder(6 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><title>").Append(E(v.CycleName)).Append(" 申报进度</title><style>")
            .Append(PublicityPage.Css).Append(ExtraCss).Append("</style></head><body><main>");
        html.Append("<header><p class=\"org\">").Append(E(v.EnterpriseName)).Append("</p><h1>申报进度</h1></header>");
        html.Append("<dl id=\"applicant\"><dt>申报人</dt><dd id=\"name\">").Append(E(v.MaskedName))
            .Append("</dd><dt>受理编号</dt><dd>").Append(E(v.ApplicationNumber))
            .Append("</dd><dt>评价项目</dt><dd>").Append(E(v.CycleName)).Append("（").Append(v.Year).Append("年度）")
            .Append("</dd><dt>申报等级</dt><dd id=\"level\">").Append(E(v.LevelName))
            .Append("</dd><dt>职业（工种）</dt><dd id=\"occupation\">").Append(E(v.OccupationName)).Append("</dd></dl>");

        var bad = v.Status.IsOut();
        html.Append("<h2>当前状态</h2><p class=\"state").Append(bad ? " bad" : "").Append("\" id=\"status\">").Append(E(v.StatusName)).Append("</p>")
            .Append("<p class=\"note\">").Append(E(Explain(v.Status))).Append("</p>");
        if (!string.IsNullOrWhiteSpace(v.StatusReason))
            html.Append("<p id=\"reason\">原因：").Append(E(v.StatusReason)).Append("</p>");

        AppendMissing(html, v);
        AppendDates(html, v, now);
        html.Append("<footer><p>此页面仅供申报人本人查看，请勿转发链接。如有疑问请联系本单位人事部门。</p><p>")
            .Append(E(v.EnterpriseName)).Append(" 技能人才评价工作组</p></footer></main></body></html>");
        return html.ToString();
    }

    public static string NotFound() =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\"><title>链接无效</title><style>" + PublicityPage.Css + "</style></head><body><main>"
        + "<h1>链接无效</h1><p>请核对邮件中的链接是否完整；如仍无法打开，请联系本单位人事部门。</p></main></body></html>";

    private static void AppendMissing(StringBuilder html, ApplicantStatusView v)
    {
        html.Append("<h2>需要补充或注意的事项</h2><div id=\"missing\">");
        var screeningOpen = v.Status is ApplicationStatus.Submitted or ApplicationStatus.Ineligible or ApplicationStatus.Draft;
        var any = false;
        if (screeningOpen && !string.IsNullOrWhiteSpace(v.ScreeningSummary))
        {
            html.Append("<p><strong>资格审查：</strong>").Append(E(v.ScreeningSummary)).Append("</p>");
            any = true;
        }
        if (v.ReturnedMaterials.Count > 0)
        {
            html.Append("<p><strong>被退回的材料（请按原因修改后重新上传）：</strong></p><ul class=\"missing\" id=\"returned\">");
            foreach (var m in v.ReturnedMaterials)
            {
                html.Append("<li>").Append(E(m.ItemName)).Append("：").Append(E(m.Reason));
                if (m.ReturnedAt is { } at) html.Append("（").Append(E(ChinaTime.FormatDate(ChinaTime.DateOf(at)))).Append("退回）");
                html.Append("</li>");
            }
            html.Append("</ul>");
            any = true;
        }
        if (!any) html.Append("<p>目前没有需要您补充的内容。</p>");
        html.Append("</div>");
    }

    private static void AppendDates(StringBuilder html, ApplicantStatusView v, DateTimeOffset now)
    {
        html.Append("<h2>时间安排</h2><dl id=\"dates\">");
        Row(html, "提交时间", v.SubmittedAt is { } s ? ChinaTime.FormatInstant(s) : "尚未提交");
        if (v.WindowClosesAt is { } closes)
            Row(html, "报名截止", ChinaTime.FormatInstant(closes) + (now >= closes ? "（已截止）" : ""));
        if (v.ReviewEndsAt is { } review)
            Row(html, "评审结束", ChinaTime.FormatInstant(review));
        if (v.PublicityPeriod is { } period)
            Row(html, "公示期", period);
        if (v.CertificateNumber is { } number)
        {
            Row(html, "证书编号", number, "certificate");
            if (v.CertificateIssuedOn is { } issued) Row(html, "发证日期", ChinaTime.FormatDate(issued));
        }
        html.Append("</dl>");
    }

    private static void Row(StringBuilder html, string term, string value, string? id = null)
    {
        html.Append("<dt>").Append(term).Append("</dt><dd");
        if (id is not null) html.Append(" id=\"").Append(id).Append('"');
        html.Append('>').Append(E(value)).Append("</dd>");
    }

    private static string Explain(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "申报尚未提交。",
        ApplicationStatus.Submitted => "已收到您的申报。报名截止后将按截止时的信息进行资格审查，结果另行通知。",
        ApplicationStatus.Screened => "资格审查已通过，等待评审委员会评审。",
        ApplicationStatus.UnderReview => "评审委员会正在评审。",
        ApplicationStatus.Recommended => "评审已通过，列入拟推荐名单。",
        ApplicationStatus.InPublicity => "您已列入拟认定人员名单，正在公示。",
        ApplicationStatus.Confirmed => "公示已结束，认定结果已确认，等待颁发证书。",
        ApplicationStatus.Certified => "证书已颁发。",
        ApplicationStatus.Withdrawn => "申报已撤回。",
        ApplicationStatus.Ineligible => "资格审查未通过。",
        ApplicationStatus.Disqualified => "已被取消本次评价资格。",
        ApplicationStatus.AuthorityDeclined => "颁发证书的认定部门未予确认。",
        _ => "",
    };

    private static string E(string value) => Encoder.Encode(value);
}
