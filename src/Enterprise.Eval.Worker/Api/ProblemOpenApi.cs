using System.Text.Json.Nodes;
using Enterprise.Eval.Application.Cycles;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The OpenAPI document's error answers and key schemes. Every operation under /api lists each error status it can
/// answer, as application/problem+json (schema <see cref="SchemaName"/>) with the EVAL codes in the description and in
/// <c>x-eval-codes</c>; key-protected operations name their key scheme. The rules follow the service's own pipeline:
/// the key filters (401), the idempotency middleware (400/409/422 on POST and PUT), binding (400/415), not found
/// (404 on a path with an id), the suspension guard (422 on a tenant change), paging (400), and each area's
/// <see cref="ProblemCodes"/>.
/// </summary>
internal static class ProblemOpenApi
{
    public const string SchemaName = "EvalProblem";
    public const string EnterpriseKeyScheme = "EnterpriseApiKey";
    public const string AdminKeyScheme = "AdminApiKey";
    public const string AssessorKeyScheme = "AssessorApiKey";
    public const string CodesExtension = "x-eval-codes";
    public const string ProblemContentType = "application/problem+json";

    public static OpenApiOptions AddProblemAnswers(this OpenApiOptions options) => options
        .AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[SchemaName] = ProblemSchema();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[EnterpriseKeyScheme] = KeyScheme("企业 API 密钥（登记企业时发放，可轮换）。只能访问该企业的数据。");
            document.Components.SecuritySchemes[AdminKeyScheme] = KeyScheme("管理员密钥（配置项 Http:AdminKey），仅用于 /api/admin。");
            document.Components.SecuritySchemes[AssessorKeyScheme] = KeyScheme("方案评估机构的 API 密钥（管理员登记评估机构时发放，可轮换），仅用于 /api/assessor。只能访问报送给该机构的方案。");
            return Task.CompletedTask;
        })
        .AddOperationTransformer((operation, context, _) =>
        {
            var path = "/" + (context.Description.RelativePath ?? "");
            if (!path.StartsWith("/api/", StringComparison.Ordinal)) return Task.CompletedTask;
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var parameters = context.Description.ParameterDescriptions;
            var answers = Answers(context.Description.HttpMethod ?? "GET", path, metadata,
                jsonBody: parameters.Any(p => p.Source == BindingSource.Body), query: parameters.Any(p => p.Source == BindingSource.Query));
            operation.Responses ??= new OpenApiResponses();
            foreach (var (status, codes) in answers.OrderBy(a => a.Key))
                operation.Responses[status.ToString()] = Response(status, codes, context.Document!);
            var scheme = metadata.OfType<EnterpriseScope.TenantEndpoint>().Any() ? EnterpriseKeyScheme
                : metadata.OfType<EnterpriseScope.AdminEndpoint>().Any() ? AdminKeyScheme
                : metadata.OfType<EnterpriseScope.AssessorEndpoint>().Any() ? AssessorKeyScheme : null;
            if (scheme is not null)
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document!)] = [] }];
            if (metadata.OfType<PagedList>().Any())
                DescribePaging(operation);
            return Task.CompletedTask;
        })
        .AddSchemaTransformer((schema, context, _) =>
        {
            // The instants' own converter hides their type from the schema generator: they are ISO 8601 date-times.
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
            {
                schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                schema.Format = "date-time";
                schema.Description ??= "ISO 8601，中国时间（+08:00），如 2026-06-10T09:00:00+08:00";
            }
            return Task.CompletedTask;
        });

    /// <summary>Every error status the operation can answer, with its codes.</summary>
    public static SortedDictionary<int, SortedSet<string>> Answers(string method, string path, IEnumerable<object> metadata, bool jsonBody, bool query)
    {
        var answers = new SortedDictionary<int, SortedSet<string>>();
        void Add(int status, params string[] codes)
        {
            if (!answers.TryGetValue(status, out var set)) answers[status] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.UnionWith(codes);
        }
        var all = metadata.ToList();
        var tenant = all.OfType<EnterpriseScope.TenantEndpoint>().Any();
        if (tenant || all.OfType<EnterpriseScope.AdminEndpoint>().Any() || all.OfType<EnterpriseScope.AssessorEndpoint>().Any())
            Add(StatusCodes.Status401Unauthorized, "EVAL-API-401");
        if (path.Contains('{'))
            Add(StatusCodes.Status404NotFound, "EVAL-NOTFOUND", Problems.CodeFor(StatusCodes.Status404NotFound));
        if (path.Contains('{') || query || jsonBody)
            Add(StatusCodes.Status400BadRequest, Problems.CodeFor(StatusCodes.Status400BadRequest));
        if (jsonBody)
            Add(StatusCodes.Status415UnsupportedMediaType, Problems.CodeFor(StatusCodes.Status415UnsupportedMediaType));
        if (all.OfType<PagedList>().Any())
            Add(StatusCodes.Status400BadRequest, Paging.BadValueCode);
        if (IdempotencyMiddleware.Covers(method, path))
        {
            Add(StatusCodes.Status400BadRequest, IdempotencyMiddleware.BadKeyCode);
            Add(StatusCodes.Status409Conflict, IdempotencyMiddleware.InProgressCode, IdempotencyMiddleware.WithheldCode);
            Add(StatusCodes.Status422UnprocessableEntity, IdempotencyMiddleware.MismatchCode);
        }
        if (tenant && EnterpriseScope.Mutates(method))
        {
            Add(StatusCodes.Status422UnprocessableEntity, "EVAL-ENT-020", "EVAL-ENT-021");
            if (path.StartsWith("/api/cycles/", StringComparison.Ordinal))
                Add(StatusCodes.Status409Conflict, CycleChangedElsewhereException.Code);
        }
        foreach (var declared in all.OfType<ProblemCodes>())
            Add(declared.Status, [.. declared.Codes]);
        return answers;
    }

    private static OpenApiResponse Response(int status, IEnumerable<string> codes, OpenApiDocument document)
    {
        var list = codes.ToList();
        return new OpenApiResponse
        {
            Description = $"{StatusText(status)}（problem+json；code：{string.Join("、", list)}）",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemContentType] = new() { Schema = new OpenApiSchemaReference(SchemaName, document) },
            },
            Extensions = new Dictionary<string, IOpenApiExtension>
            {
                [CodesExtension] = new JsonNodeExtension(new JsonArray([.. list.Select(c => (JsonNode)JsonValue.Create(c))])),
            },
        };
    }

    public static string StatusText(int status) => status switch
    {
        400 => "请求格式或参数不正确",
        401 => "缺少或无效的密钥",
        404 => "未找到（或不属于本企业）",
        409 => "冲突：请稍后重试或刷新后重试",
        413 => "请求正文过大",
        415 => "请求正文的内容类型不受支持",
        422 => "业务规则不允许（code 以 * 结尾表示该类代码，如 EVAL-CYCLE-*）",
        429 => "请求过于频繁",
        _ => $"HTTP {status}",
    };

    private static void DescribePaging(OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name == "page")
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = JsonValue.Create(1) };
                parameter.Description = $"页码，从 1 开始（默认 1）；无效值返回 400 {Paging.BadValueCode}";
            }
            else if (parameter.Name == "pageSize")
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Paging.MaxPageSize.ToString(),
                    Default = JsonValue.Create(Paging.DefaultPageSize),
                };
                parameter.Description = $"每页条数，1 至 {Paging.MaxPageSize}（默认 {Paging.DefaultPageSize}）；无效值返回 400 {Paging.BadValueCode}";
            }
        }
    }

    private static OpenApiSecurityScheme KeyScheme(string description) => new()
    {
        Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = EnterpriseScope.Header, Description = description,
    };

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "错误答复（RFC 9457 problem+json）：code 为稳定的错误代码，detail 为中文说明（指出字段或行及如何改正）",
        Required = new HashSet<string> { "status", "code", "detail" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "与 code 相同" },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^EVAL-[A-Z]+(-[A-Z0-9]+)?$", Description = "稳定的错误代码，如 EVAL-CYCLE-031" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "中文说明" },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Array, Description = "逐项错误（如 CSV 的行、方案的行列、时间安排的字段），有时才有", Items = new OpenApiSchema { Type = JsonSchemaType.Object } },
        },
    };
}
