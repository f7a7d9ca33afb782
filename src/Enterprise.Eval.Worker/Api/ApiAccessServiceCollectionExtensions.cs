using Enterprise.Eval.Application.Idempotency;
using Microsoft.AspNetCore.OpenApi;

namespace Enterprise.Eval.Worker.Api;

/// <summary>Idempotency-Key handling and its OpenAPI description; /health in the OpenAPI document.</summary>
public static class ApiAccessServiceCollectionExtensions
{
    public static IServiceCollection AddApiAccess(this IServiceCollection services)
    {
        services.AddScoped<IdempotencyStore>();
        services.ConfigureAll<OpenApiOptions>(o => o.AddIdempotencyHeader().AddHealthPath().AddProblemAnswers().AddPublicPages());
        return services;
    }

    /// <summary>Before the exception handler, so answers made from exceptions are kept as well.</summary>
    public static WebApplication UseIdempotency(this WebApplication app)
    {
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }
}
