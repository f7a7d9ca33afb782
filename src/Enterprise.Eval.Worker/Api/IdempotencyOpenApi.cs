using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Enterprise.Eval.Worker.Api;

/// <summary>Describes the Idempotency-Key header, and the answers it can bring, on every POST and PUT under /api.</summary>
internal static class IdempotencyOpenApi
{
    public static OpenApiOptions AddIdempotencyHeader(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var method = context.Description.HttpMethod ?? "";
        if (!IdempotencyMiddleware.Covers(method, "/" + (context.Description.RelativePath ?? "")))
            return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "幂等键（可选，1–255 个可见 ASCII 字符）。同一调用方以相同的键重发相同的请求时，返回首次的结果（响应头 Idempotency-Replayed: true），"
                + "不会重复执行；同一键用于不同请求返回 422（EVAL-API-020）；首次请求仍在处理时返回 409 与 Retry-After（EVAL-API-022）。"
                + "结果保存 24 小时；5xx 结果不保存，可直接重试。",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 },
        });
        return Task.CompletedTask;
    });
}
