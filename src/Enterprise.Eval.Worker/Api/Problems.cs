namespace Enterprise.Eval.Worker.Api;

/// <summary>problem+json results with a stable code and a Chinese detail.</summary>
internal static class Problems
{
    public static IResult Of(int status, string code, string detail, object? extra = null) =>
        Results.Problem(statusCode: status, title: code, detail: detail,
            extensions: extra is null ? new Dictionary<string, object?> { ["code"] = code } : new Dictionary<string, object?> { ["code"] = code, ["errors"] = extra });

    public static IResult NotFound(string what) => Of(StatusCodes.Status404NotFound, "EVAL-NOTFOUND", $"未找到{what}");
}
