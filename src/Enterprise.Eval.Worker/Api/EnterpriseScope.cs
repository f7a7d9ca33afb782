using Enterprise.Eval.Application.Enterprises;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// Every tenant endpoint runs for exactly one enterprise: the one whose X-Api-Key was presented. Handlers read it
/// from here and never from the request body or route, so one enterprise cannot address another's data.
/// </summary>
public static class EnterpriseScope
{
    public const string Header = "X-Api-Key";
    private const string ItemKey = "enterprise-id";

    public static Guid EnterpriseId(this HttpContext http) => (Guid)http.Items[ItemKey]!;

    /// <summary>The enterprise whose key the request presents, or null: the one check every tenant call passes.</summary>
    public static Task<Guid?> PresentedEnterpriseAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<EnterpriseRegistry>().AuthenticateAsync(http.Request.Headers[Header], http.RequestAborted);

    /// <summary>Whether the request presents the administrator key (compared in constant time; none configured: never).</summary>
    public static bool PresentsAdminKey(HttpContext http)
    {
        var adminKey = http.RequestServices.GetRequiredService<IOptions<HttpOptions>>().Value.AdminKey;
        var presented = http.Request.Headers[Header].ToString();
        return !string.IsNullOrEmpty(adminKey) && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(presented), System.Text.Encoding.UTF8.GetBytes(adminKey));
    }

    public static RouteGroupBuilder RequireEnterpriseKey(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var enterpriseId = await PresentedEnterpriseAsync(http);
            if (enterpriseId is null)
                return Problems.Of(StatusCodes.Status401Unauthorized, "EVAL-API-401", "缺少或无效的 X-Api-Key");
            http.Items[ItemKey] = enterpriseId.Value;
            return await next(context);
        });

    public static RouteGroupBuilder RequireAdminKey(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
            PresentsAdminKey(context.HttpContext)
                ? await next(context)
                : Problems.Of(StatusCodes.Status401Unauthorized, "EVAL-API-401", "需要管理员密钥（配置项 Http:AdminKey）"));
}
