using System.Security.Claims;
using Enterprise.Eval.Application.Accounts;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Worker.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>
/// A person's console session, kept in the one cookie scheme the administrator's pages use (<see cref="AdminCookie"/>):
/// the cookie names the account and its security stamp, never its role or enterprise as a source of truth. Each
/// request reloads the account, so a changed stamp (a new password, an accepted invitation) ends older sessions.
/// </summary>
public static class ConsoleSession
{
    public const string AccountClaim = "eval:account";
    public const string StampClaim = "eval:account-stamp";
    public const string SignInPath = "/console/sign-in";
    private const string AccountItem = "console-account";

    public static ClaimsPrincipal Principal(ConsoleAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.Email), new Claim(AccountClaim, account.Id.ToString()),
            new Claim(StampClaim, account.SecurityStamp), new Claim(ClaimTypes.Role, "console:" + account.Role),
        ],
        AdminCookie.Scheme));

    public static bool IsAccount(ClaimsPrincipal? user) => user?.FindFirst(AccountClaim) is not null;

    /// <summary>Called by the cookie scheme on every request that carries an account session.</summary>
    internal static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var account = await LoadAsync(context.HttpContext, context.Principal);
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminCookie.Scheme);
            return;
        }
        context.HttpContext.Items[AccountItem] = account;
    }

    /// <summary>The signed-in person's account, or null when the request has no (valid) console session.</summary>
    public static async Task<ConsoleAccount?> CurrentAsync(HttpContext http)
    {
        var session = await http.AuthenticateAsync(AdminCookie.Scheme);
        if (!session.Succeeded || !IsAccount(session.Principal)) return null;
        return http.Items[AccountItem] as ConsoleAccount ?? await LoadAsync(http, session.Principal);
    }

    private static async Task<ConsoleAccount?> LoadAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (!Guid.TryParse(principal?.FindFirst(AccountClaim)?.Value, out var id)) return null;
        return await http.RequestServices.GetRequiredService<ConsoleAccounts>()
            .FindSessionAsync(id, principal!.FindFirst(StampClaim)?.Value, http.RequestAborted);
    }
}
