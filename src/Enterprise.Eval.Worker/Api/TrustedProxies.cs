using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// <c>Http:KnownProxies</c>: the reverse proxies whose X-Forwarded-For is believed. With none listed the header is
/// ignored and the client address is the connection's, so a client cannot choose its own address (and with it its
/// rate-limit partition) by sending the header itself.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HttpOptions>>((forwarded, http) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // ASP.NET Core trusts loopback by default; only the configured proxies are trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in http.Value.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return services;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<HttpOptions>>().Value.KnownProxies.Length > 0)
            app.UseForwardedHeaders();
        return app;
    }
}
