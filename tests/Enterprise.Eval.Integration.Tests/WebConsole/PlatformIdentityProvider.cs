using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Enterprise.Eval.Integration.Tests.WebConsole;

/// <summary>A person as the HR platform knows them: who is signed in there when the console sends them over.</summary>
public sealed record PlatformUser(string Subject, string Email, string Name, string? EnterpriseCreditCode, params string[] Roles);

/// <summary>
/// The HR platform's identity provider: OpenIddict's OpenID Connect server (authorization code with PKCE, signed ID
/// tokens, its own SQLite store) on Kestrel at 127.0.0.1, addressed as <c>localhost</c> so that the browser sees it as
/// another site than the console at 127.0.0.1, as a real platform is. Whoever <see cref="SignedIn"/> names is taken as
/// signed in on the platform, as if they had just logged in there.
/// </summary>
public sealed class PlatformIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "enterprise-eval";
    public const string ClientSecret = "platform-client-secret-0123456789";
    public const string EnterpriseClaim = "eval_enterprise";
    public const string RoleClaim = "eval_role";

    private readonly WebApplication _app;
    private readonly string _storePath;

    private PlatformIdentityProvider(WebApplication app, string storePath, Uri authority)
    {
        _app = app;
        _storePath = storePath;
        Authority = authority;
    }

    public Uri Authority { get; }

    /// <summary>The person the platform says is signed in (null: nobody, the provider refuses).</summary>
    public PlatformUser? SignedIn { get; set; }

    /// <summary>
    /// When set, the provider first shows a page on which the person presses “继续” (as a platform's login or consent
    /// page does), so the way back to the console starts at the provider's site rather than the console's.
    /// </summary>
    public bool AsksToContinue { get; set; }

    public static async Task<PlatformIdentityProvider> StartAsync()
    {
        var storePath = Path.Combine(Path.GetTempPath(), $"eval-idp-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderStore>(o => o.UseSqlite($"Data Source={storePath};Pooling=False").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderStore>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        PlatformIdentityProvider? provider = null;
        var app = builder.Build();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            if (provider!.AsksToContinue && HttpMethods.IsGet(http.Request.Method))
                return Results.Content(ContinuePage(request), "text/html; charset=utf-8");
            if (provider.SignedIn is not { } user)
                return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            var identity = new ClaimsIdentity("platform", Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, user.Subject).SetClaim(Claims.Email, user.Email).SetClaim(Claims.Name, user.Name);
            if (user.EnterpriseCreditCode is not null) identity.SetClaim(EnterpriseClaim, user.EnterpriseCreditCode);
            identity.SetClaims(RoleClaim, [.. user.Roles]);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            // The code's principal, as the authorization endpoint signed it in: the tokens carry the same claims.
            var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ProviderStore>().Database.EnsureCreatedAsync();
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        provider = new PlatformIdentityProvider(app, storePath, new Uri($"http://localhost:{port}/"));
        return provider;
    }

    /// <summary>Registers the console as the provider's client, answering at <paramref name="callback"/>.</summary>
    public async Task RegisterConsoleAsync(Uri callback)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { callback },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private static string ContinuePage(OpenIddictRequest request)
    {
        var fields = string.Concat(request.GetParameters().Select(p =>
            $"<input type=\"hidden\" name=\"{System.Net.WebUtility.HtmlEncode(p.Key)}\" value=\"{System.Net.WebUtility.HtmlEncode((string?)p.Value)}\">"));
        return $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>人力资源平台</title></head><body>" +
               $"<form method=\"post\" action=\"/connect/authorize\">{fields}<button id=\"platform-continue\">继续</button></form></body></html>";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        File.Delete(_storePath);
    }

    private sealed class ProviderStore(DbContextOptions<ProviderStore> options) : DbContext(options);
}
