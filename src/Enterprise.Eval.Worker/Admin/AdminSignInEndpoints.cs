using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Admin;

/// <summary>
/// /admin/sign-in and /admin/sign-out: the administrator signs in with the administrator key (<c>Http:AdminKey</c>)
/// through a form protected by ASP.NET Core antiforgery; failed attempts are slowed per client address
/// (<see cref="AdminSignInThrottle"/>). Success stores the <see cref="AdminCookie"/> session and returns to the page
/// that asked for it (only paths of this service, never another site).
/// </summary>
public static class AdminSignInEndpoints
{
    public const string WrongKeyCode = "EVAL-ADM-001";
    public const string DisabledCode = "EVAL-ADM-002";
    public const string LockedOutCode = "EVAL-ADM-003";
    public const string BadFormCode = "EVAL-ADM-004";
    public const string DefaultReturnUrl = "/hangfire";

    public static IServiceCollection AddAdminSignIn(this IServiceCollection services)
    {
        services.AddAdminCookie();
        services.AddAntiforgery();
        // Built here, not by the container: it would hand the throttle the product's (possibly simulated) TimeProvider.
        services.AddSingleton(_ => new AdminSignInThrottle());
        return services;
    }

    /// <summary>Authentication and authorization for the administrator's pages; the API keeps its own X-Api-Key checks.</summary>
    public static WebApplication UseAdminSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapAdminSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(AdminCookie.SignInPath, async (string? returnUrl, HttpContext http, IAntiforgery antiforgery, IOptions<HttpOptions> options) =>
        {
            // No default scheme (the API authenticates by X-Api-Key), so the session is read here explicitly.
            var session = await http.AuthenticateAsync(AdminCookie.Scheme);
            return Page(http, antiforgery, LocalOrDefault(returnUrl), null, options.Value, StatusCodes.Status200OK,
                signedIn: session.Succeeded && AdminCookie.IsSignedIn(session.Principal));
        }).ExcludeFromDescription();

        app.MapPost(AdminCookie.SignInPath, async (HttpContext http, IAntiforgery antiforgery, AdminSignInThrottle throttle,
            IOptions<HttpOptions> options, ILoggerFactory loggers, CancellationToken ct) =>
        {
            var logger = loggers.CreateLogger(typeof(AdminSignInEndpoints));
            var settings = options.Value;
            if (throttle.IsLockedOut(http))
                return Page(http, antiforgery, DefaultReturnUrl,
                    (LockedOutCode, $"管理员密钥连续输错次数过多，已暂停登录，请 {AdminSignInThrottle.Window.TotalMinutes:0} 分钟后再试。"),
                    settings, StatusCodes.Status429TooManyRequests);
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
                return Page(http, antiforgery, DefaultReturnUrl, (BadFormCode, "登录页面已过期，请刷新页面后重新输入管理员密钥。"), settings, StatusCodes.Status400BadRequest);

            var form = await http.Request.ReadFormAsync(ct);
            var returnUrl = LocalOrDefault(form["returnUrl"]);
            if (string.IsNullOrEmpty(settings.AdminKey))
                return Page(http, antiforgery, returnUrl, (DisabledCode, "管理员登录已停用：未配置管理员密钥（Http:AdminKey）。"), settings, StatusCodes.Status403Forbidden);
            if (!AdminCookie.Matches(form["key"].ToString(), settings.AdminKey))
            {
                var wait = throttle.RecordFailure(http);
                logger.LogWarning("Administrator sign-in refused ({Code}) from {Address}; answering after {Delay}", WrongKeyCode, http.Connection.RemoteIpAddress, wait);
                await Task.Delay(wait, ct);
                return Page(http, antiforgery, returnUrl, (WrongKeyCode, "管理员密钥不正确。请核对配置项 Http:AdminKey 的值后重新输入。"), settings, StatusCodes.Status401Unauthorized);
            }

            throttle.RecordSuccess(http);
            await http.SignInAsync(AdminCookie.Scheme, AdminCookie.Principal(settings.AdminKey), new AuthenticationProperties { IsPersistent = false });
            logger.LogInformation("Administrator signed in from {Address}", http.Connection.RemoteIpAddress);
            return Results.Redirect(returnUrl);
        }).DisableAntiforgery().ExcludeFromDescription();

        app.MapPost(AdminCookie.SignOutPath, async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
                return Results.Redirect(AdminCookie.SignInPath);
            await http.SignOutAsync(AdminCookie.Scheme);
            return Results.Redirect(AdminCookie.SignInPath);
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>Only a path on this service (not "//host" or "/\host", which browsers read as another site).</summary>
    internal static string LocalOrDefault(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : DefaultReturnUrl;

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, (string, string)? error, HttpOptions settings, int status, bool signedIn = false)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = AdminSignInPage.Render(returnUrl, tokens.FormFieldName, tokens.RequestToken ?? "", error,
            enabled: !string.IsNullOrEmpty(settings.AdminKey), signedIn: signedIn);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
