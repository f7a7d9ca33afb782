using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Worker.Pages;
using Microsoft.AspNetCore.Diagnostics;

namespace Enterprise.Eval.Worker.Api;

/// <summary>The API's cross-cutting parts: OpenAPI, problem+json errors with stable codes, and the route map.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Enterprise.Eval API";
            doc.Info.Description = "企业技能人才自主评价（特级技师评聘等）插件接口。每个请求以 X-Api-Key 标识所属企业，只能访问本企业数据。";
            return Task.CompletedTask;
        }));
        // One rule for instants in and out (ISO 8601, China's offset on the way out): docs/api.md, "Instants".
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new ChinaInstantJsonConverter()));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.EnsureCode);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddPublicityPages();
        services.AddTrustedProxies();
        services.AddApiAccess();
        // Binding failures (bad JSON, wrong types, missing body, wrong content type) become BadHttpRequestException,
        // mapped below to one coded 4xx, instead of a bare status that the client cannot tell apart.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseIdempotency();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSuspensionGuard();
        return app;
    }

    public static IEndpointRouteBuilder MapEvalApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminEndpoints();
        app.MapAssessorEndpoints();
        app.MapEnterpriseEndpoints();
        app.MapRosterEndpoints();
        app.MapMailEndpoints();
        app.MapSchemeEndpoints();
        app.MapCycleEndpoints();
        app.MapCertificateEndpoints();
        app.MapExportEndpoints();
        app.MapPublicityEndpoints().MapPublicityPages();
        app.MapStatusPages();
        app.MapReviewEndpoints();
        app.MapApplicationEndpoints();
        app.MapFactsEndpoints();
        app.MapBanEndpoints();
        return app;
    }

    /// <summary>Maps the three kinds of failure to problem+json: 404 not found, 422 domain rule, 400 bad request.</summary>
    private sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            var (status, code, detail) = exception switch
            {
                NotFoundException e => (StatusCodes.Status404NotFound, e.Code, e.Message),
                Application.Cycles.CycleChangedElsewhereException e => (StatusCodes.Status409Conflict, Application.Cycles.CycleChangedElsewhereException.Code, e.Message),
                DomainException e => (StatusCodes.Status422UnprocessableEntity, e.Code, e.Message),
                ApiRequestException e => (StatusCodes.Status400BadRequest, e.Code, e.Message),
                BadHttpRequestException e => (e.StatusCode, Problems.CodeFor(e.StatusCode), Problems.BadRequestDetail(e)),
                ArgumentException e => (StatusCodes.Status400BadRequest, "EVAL-API-400", e.Message),
                _ => (0, "", ""),
            };
            if (status == 0) return false;
            http.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = status, Title = code, Detail = detail, Extensions = { ["code"] = code } },
                Exception = exception,
            });
        }
    }
}
