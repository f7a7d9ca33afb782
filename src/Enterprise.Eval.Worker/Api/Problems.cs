namespace Enterprise.Eval.Worker.Api;

/// <summary>problem+json results with a stable code and a Chinese detail.</summary>
internal static class Problems
{
    public static IResult Of(int status, string code, string detail, object? extra = null) =>
        Results.Problem(statusCode: status, title: code, detail: detail,
            extensions: extra is null ? new Dictionary<string, object?> { ["code"] = code } : new Dictionary<string, object?> { ["code"] = code, ["errors"] = extra });

    public static IResult NotFound(string what) => Of(StatusCodes.Status404NotFound, "EVAL-NOTFOUND", $"未找到{what}");

    public static string CodeFor(int status) => $"EVAL-API-{status}";

    /// <summary>
    /// Problems the framework writes on its own (no route, wrong method, a refused body) carry no code; give every
    /// 4xx one by its status. 5xx stay as they are: an unexpected failure must remain visible as such.
    /// </summary>
    public static void EnsureCode(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not (>= 400 and < 500) || problem.Extensions.ContainsKey("code")) return;
        var status = problem.Status.Value;
        problem.Extensions["code"] = CodeFor(status);
        problem.Title = CodeFor(status);
        problem.Detail ??= status switch
        {
            StatusCodes.Status400BadRequest => "请求格式不正确",
            StatusCodes.Status401Unauthorized => "缺少或无效的 X-Api-Key",
            StatusCodes.Status404NotFound => "未找到该地址（请核对路径及其中的 ID 格式）",
            StatusCodes.Status405MethodNotAllowed => "该地址不支持此请求方法",
            StatusCodes.Status413PayloadTooLarge => "请求正文过大",
            StatusCodes.Status415UnsupportedMediaType => "请求正文的内容类型不受支持（请使用 application/json）",
            _ => $"请求未被接受（HTTP {status}）",
        };
    }

    /// <summary>A Chinese detail for a binding failure; the framework's English text only names the parameter and type.</summary>
    public static string BadRequestDetail(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status415UnsupportedMediaType => "请求正文的内容类型不受支持（请使用 application/json）",
        StatusCodes.Status413PayloadTooLarge => "请求正文过大",
        _ when e.InnerException is System.Text.Json.JsonException j => $"请求正文不是有效的 JSON，或字段类型不对（{j.Path}）",
        _ => $"请求格式不正确：缺少必需的内容或格式无效（{e.Message}）",
    };
}
