using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// /health is a health-check endpoint, not a route handler, so the document generator does not see it; it is described
/// here so that the document lists every endpoint the service answers.
/// </summary>
internal static class HealthOpenApi
{
    public const string Path = "/health";

    public static OpenApiOptions AddHealthPath(this OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Paths ??= new OpenApiPaths();
        document.Paths[Path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    Summary = "健康检查：数据库与调度器的状态（无需密钥）",
                    Tags = new HashSet<OpenApiTagReference> { new("运行状态", document) },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse { Description = "正常（healthy）或降级（degraded），正文为各项检查的状态" },
                        ["503"] = new OpenApiResponse { Description = "不可用（unhealthy），正文说明哪一项检查失败" },
                    },
                },
            },
        };
        return Task.CompletedTask;
    });
}
