using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Admin;

/// <summary>
/// The browser session: one cookie authentication scheme, shared by the administrator's pages (the Hangfire
/// dashboard) and the people's web console (<see cref="WebConsole.ConsoleSession"/>, which keeps an account there). The cookie is HttpOnly and SameSite=Strict, so scripts cannot
/// read it and other sites cannot make the browser send it; it carries a fingerprint of the administrator key, so
/// changing <c>Http:AdminKey</c> signs every session out. An API key (X-Api-Key) never counts as this sign-in.
/// </summary>
public static class AdminCookie
{
    public const string Scheme = "AdminCookie";
    public const string Policy = "Administrator";
    public const string CookieName = "eval-admin";
    public const string SignInPath = "/admin/sign-in";
    public const string SignOutPath = "/admin/sign-out";

    private const string RoleName = "administrator";
    private const string KeyFingerprintClaim = "eval:admin-key-fingerprint";

    public static IServiceCollection AddAdminCookie(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request came over HTTPS; the loopback default is plain HTTP behind the platform's proxy.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.AccessDeniedPath = SignInPath;
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RejectIfKeyChanged;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(RoleName));
        return services;
    }

    /// <summary>The principal a successful sign-in stores in the cookie.</summary>
    public static ClaimsPrincipal Principal(string adminKey) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, RoleName), new Claim(KeyFingerprintClaim, Fingerprint(adminKey))],
        Scheme));

    /// <summary>Whether the request's user is the administrator signed in through this scheme (not an API key).</summary>
    public static bool IsSignedIn(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == Scheme) && user.IsInRole(RoleName);

    /// <summary>Whether the presented key is the configured administrator key (constant time; none configured: never).</summary>
    public static bool Matches(string? presented, string? adminKey) =>
        !string.IsNullOrEmpty(adminKey) && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(adminKey));

    private static string Fingerprint(string adminKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("enterprise-eval:admin-cookie:" + adminKey)))[..16];

    private static async Task RejectIfKeyChanged(CookieValidatePrincipalContext context)
    {
        if (WebConsole.ConsoleSession.IsAccount(context.Principal))
        {
            await WebConsole.ConsoleSession.ValidateAsync(context);
            return;
        }
        var adminKey = context.HttpContext.RequestServices.GetRequiredService<IOptions<HttpOptions>>().Value.AdminKey;
        var stored = context.Principal?.FindFirst(KeyFingerprintClaim)?.Value;
        if (string.IsNullOrEmpty(adminKey) || stored is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(Fingerprint(adminKey))))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
