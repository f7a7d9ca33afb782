using System.Net;
using System.Security.Claims;
using Enterprise.Eval.Application.Accounts;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Worker.Admin;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>
/// Signing people in through the HR platform's OpenID Connect provider (authorization code with PKCE). The provider
/// vouches for the person; <see cref="ConsoleAccounts.SignInFromPlatformAsync"/> decides which account that is and
/// refuses what the claims do not support, and the session is then the same console session a password gives
/// (<see cref="ConsoleSession"/> in the <see cref="AdminCookie"/> scheme), so every page and rule is shared.
/// </summary>
public static class PlatformSignIn
{
    public const string Scheme = "PlatformOidc";
    public const string StartPath = "/console/sign-in/platform";
    public const string CallbackPath = "/console/sign-in/platform/callback";
    public const string LandingPath = "/console/sign-in/platform/landing";
    public const string IncompleteCode = "EVAL-ACC-025";

    public static IServiceCollection AddPlatformSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PlatformSignInOptions.Section);
        services.Configure<PlatformSignInOptions>(section);
        var settings = section.Get<PlatformSignInOptions>() ?? new PlatformSignInOptions();
        // Registered only when configured: the authentication middleware asks every remote scheme on every request
        // whether it handles it, and an OpenID Connect scheme without an authority cannot even answer that.
        if (!settings.Enabled) return services;
        services.AddAuthentication().AddOpenIdConnect(Scheme, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            // The answer comes back as a top-level GET, so the correlation and nonce cookies can be SameSite=Lax;
            // form_post (the handler's default) is a cross-site POST that only SameSite=None (HTTPS only) survives.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" }) o.Scope.Add(scope);
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = false;
            o.CallbackPath = CallbackPath;
            o.SignInScheme = AdminCookie.Scheme;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnTokenValidated = TakeAccountAsync;
            o.Events.OnRemoteFailure = ShowFailureAsync;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(StartPath, (string? returnUrl, IOptions<PlatformSignInOptions> options) =>
            !options.Value.Enabled
                ? Results.NotFound()
                : Results.Challenge(new AuthenticationProperties { RedirectUri = $"{LandingPath}?returnUrl={Uri.EscapeDataString(ConsoleEndpoints.LocalOrHome(returnUrl))}" }, [Scheme]))
            .ExcludeFromDescription();

        // The session cookie is SameSite=Strict, and a browser leaves Strict cookies off a navigation whose redirects
        // began at another site (the platform's). So the sign-in ends on this small page, whose own navigation to the
        // console starts here, on this site, and carries the new session.
        app.MapGet(LandingPath, (string? returnUrl, HttpContext http) =>
        {
            var target = WebUtility.HtmlEncode(ConsoleEndpoints.LocalOrHome(returnUrl));
            ConsoleEndpoints.SetPageHeaders(http);
            return Results.Content(
                $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url={target}\">" +
                $"<title>登录成功</title></head><body><p>登录成功，正在进入控制台。未自动跳转请点<a id=\"continue\" href=\"{target}\">这里</a>。</p></body></html>",
                "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task TakeAccountAsync(TokenValidatedContext context)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetRequiredService<IOptions<PlatformSignInOptions>>().Value;
        var claims = context.Principal!;
        var subject = claims.FindFirst("sub");
        var identity = new PlatformIdentity(
            Issuer: context.SecurityToken?.Issuer ?? subject?.Issuer ?? settings.Authority!,
            Subject: subject?.Value ?? "",
            Email: claims.FindFirst("email")?.Value,
            DisplayName: claims.FindFirst("name")?.Value,
            EnterpriseCreditCode: claims.FindFirst(settings.EnterpriseClaim)?.Value);
        var role = settings.RoleOf(claims.FindAll(settings.RoleClaim).Select(c => c.Value));
        SignInOutcome outcome;
        try
        {
            outcome = identity.Subject.Length == 0
                ? SignInOutcome.Refused(IncompleteCode, "人力资源平台没有给出用户标识（sub），无法登录；请联系平台管理员")
                : await http.RequestServices.GetRequiredService<ConsoleAccounts>().SignInFromPlatformAsync(identity, role, http.RequestAborted);
        }
        catch (Domain.Common.DomainException e)
        {
            outcome = SignInOutcome.Refused(e.Code, e.Message);
        }
        if (outcome.Succeeded)
        {
            context.Principal = ConsoleSession.Principal(outcome.Account!);
            return;
        }
        // The claims are personal data: only the refusal code is logged.
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformSignIn))
            .LogWarning("Platform sign-in refused ({Code})", outcome.RefusalCode);
        context.HandleResponse();
        await RefusalPageAsync(http, outcome.RefusalCode!, outcome.RefusalMessage!, StatusCodes.Status403Forbidden);
    }

    private static async Task ShowFailureAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformSignIn))
            .LogWarning("Platform sign-in did not complete: {Failure}", context.Failure?.Message);
        context.HandleResponse();
        await RefusalPageAsync(context.HttpContext, IncompleteCode,
            "通过人力资源平台登录未完成（平台未确认身份，或登录已超时），未做任何更改。请重新点“通过人力资源平台登录”", StatusCodes.Status400BadRequest);
    }

    private static Task RefusalPageAsync(HttpContext http, string code, string message, int status) =>
        ConsoleEndpoints.SignInPageAsync(http, http.RequestServices.GetRequiredService<IAntiforgery>(), ConsoleEndpoints.HomePath, null, (code, message), status)
            .ExecuteAsync(http);
}
