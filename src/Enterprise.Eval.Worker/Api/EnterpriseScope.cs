using Enterprise.Eval.Application.Assessors;
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
    private const string AssessorItemKey = "assessor-id";

    public static Guid EnterpriseId(this HttpContext http) => (Guid)http.Items[ItemKey]!;

    /// <summary>The assessor whose key an /api/assessor call presented (never taken from the body or route).</summary>
    public static Guid AssessorId(this HttpContext http) => (Guid)http.Items[AssessorItemKey]!;

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

    /// <summary>Marks an endpoint as run for the enterprise whose key is presented (read by the suspension guard).</summary>
    public sealed class TenantEndpoint;

    /// <summary>Marks an endpoint as open to the administrator key only (read by the OpenAPI description).</summary>
    public sealed class AdminEndpoint;

    /// <summary>Marks an endpoint as run for the assessor whose key is presented (read by the OpenAPI description).</summary>
    public sealed class AssessorEndpoint;

    /// <summary>An assessor's key only: an enterprise key (or the administrator's) is not one, and answers 401.</summary>
    public static RouteGroupBuilder RequireAssessorKey(this RouteGroupBuilder group) =>
        group.WithMetadata(new AssessorEndpoint()).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var assessorId = await http.RequestServices.GetRequiredService<AssessorRegistry>()
                .AuthenticateAsync(http.Request.Headers[Header], http.RequestAborted);
            if (assessorId is null)
                return Problems.Of(StatusCodes.Status401Unauthorized, "EVAL-API-401", "缺少或无效的 X-Api-Key（需要方案评估机构的密钥）");
            http.Items[AssessorItemKey] = assessorId.Value;
            return await next(context);
        });

    public static RouteGroupBuilder RequireEnterpriseKey(this RouteGroupBuilder group) =>
        group.WithMetadata(new TenantEndpoint()).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var enterpriseId = await PresentedEnterpriseAsync(http);
            if (enterpriseId is null)
                return Problems.Of(StatusCodes.Status401Unauthorized, "EVAL-API-401", "缺少或无效的 X-Api-Key");
            http.Items[ItemKey] = enterpriseId.Value;
            return await next(context);
        });

    public static RouteGroupBuilder RequireAdminKey(this RouteGroupBuilder group) =>
        group.WithMetadata(new AdminEndpoint()).AddEndpointFilter(async (context, next) =>
            PresentsAdminKey(context.HttpContext)
                ? await next(context)
                : Problems.Of(StatusCodes.Status401Unauthorized, "EVAL-API-401", "需要管理员密钥（配置项 Http:AdminKey）"));

    /// <summary>
    /// The one place the suspension rule is enforced for the HTTP API: a suspended (EVAL-ENT-021) or struck-off
    /// (EVAL-ENT-020) enterprise may read its data but not change it. Runs after routing and before parameter
    /// binding, so every tenant endpoint that is not GET/HEAD/OPTIONS is covered, including ones added later.
    /// </summary>
    public static WebApplication UseSuspensionGuard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var endpoint = http.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<TenantEndpoint>() is not null && Mutates(http.Request.Method))
            {
                var enterpriseId = await PresentedEnterpriseAsync(http);
                if (enterpriseId is not null)
                {
                    var enterprise = await http.RequestServices.GetRequiredService<EnterpriseRegistry>().GetAsync(enterpriseId.Value, http.RequestAborted);
                    enterprise.EnsureCanRun();
                }
            }
            await next(http);
        });
        return app;
    }

    public static bool Mutates(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}
