using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enterprise.Eval.Worker.Pages;

namespace Enterprise.Eval.Worker.Admin;

/// <summary>The administrator's sign-in form in Chinese, one HTML document in the publicity page's style, every value encoded.</summary>
internal static class AdminSignInPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string ExtraCss =
        "form{display:grid;gap:10px;max-width:420px}label{font-weight:bold}input[type=password]{font-size:1em;padding:8px}"
        + "button{font-size:1em;padding:8px 16px;width:max-content}.error{background:#ffebee;border-left:4px solid #c62828;padding:8px 10px}"
        + ".note{color:#555}";

    /// <param name="error">A refusal to show above the form (code and Chinese message), or null.</param>
    public static string Render(string returnUrl, string antiforgeryField, string antiforgeryToken, (string Code, string Message)? error, bool enabled, bool signedIn = false)
    {
        var html = new StringBuilder(4 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><title>管理员登录 · 技能人才评价</title><style>")
            .Append(PublicityPage.Css).Append(ExtraCss).Append("</style></head><body><main>")
            .Append("<header><p class=\"org\">技能人才评价</p><h1>管理员登录</h1></header>");
        if (error is { } e)
            html.Append("<p class=\"error\" id=\"error\" role=\"alert\">").Append(E(e.Message)).Append("（").Append(E(e.Code)).Append("）</p>");
        if (signedIn)
        {
            html.Append("<p id=\"signed-in\">您已以管理员身份登录。</p><p><a href=\"").Append(E(returnUrl)).Append("\">打开调度面板</a></p>")
                .Append("<form method=\"post\" action=\"").Append(E(AdminCookie.SignOutPath)).Append("\">")
                .Append("<input type=\"hidden\" name=\"").Append(E(antiforgeryField)).Append("\" value=\"").Append(E(antiforgeryToken)).Append("\">")
                .Append("<button type=\"submit\" id=\"sign-out\">退出登录</button></form>");
        }
        else if (!enabled)
        {
            html.Append("<p id=\"disabled\">本服务未配置管理员密钥，管理员登录已停用。请在配置项 <code>Http:AdminKey</code>（或环境变量 ")
                .Append("<code>EVAL__Http__AdminKey</code>）中设置至少 16 个字符的随机值后重启服务。</p>");
        }
        else
        {
            html.Append("<form method=\"post\" action=\"").Append(E(AdminCookie.SignInPath)).Append("\" autocomplete=\"off\">")
                .Append("<input type=\"hidden\" name=\"").Append(E(antiforgeryField)).Append("\" value=\"").Append(E(antiforgeryToken)).Append("\">")
                .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">")
                .Append("<label for=\"key\">管理员密钥</label>")
                .Append("<input type=\"password\" id=\"key\" name=\"key\" required autofocus>")
                .Append("<button type=\"submit\" id=\"sign-in\">登录</button></form>")
                .Append("<p class=\"note\">管理员密钥即配置项 <code>Http:AdminKey</code> 的值。登录后可查看调度面板（定时任务）。")
                .Append("密钥输错后须等待片刻才能再试，连续输错多次将暂停登录 15 分钟。</p>");
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string E(string value) => Encoder.Encode(value);
}
