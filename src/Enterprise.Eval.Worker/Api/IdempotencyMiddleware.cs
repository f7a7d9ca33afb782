using System.Security.Cryptography;
using Enterprise.Eval.Application.Idempotency;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The Idempotency-Key header for every POST and PUT under /api, in one place. The first request with a key runs and
/// its answer (below 500) is kept for 24 hours; the same request again gets that answer with
/// <c>Idempotency-Replayed: true</c> and the handler does not run; another request under the key is refused (422), and
/// a retry while the first still runs is told to wait (409 with Retry-After). Keys belong to the caller: the
/// enterprise of the X-Api-Key, or the administrator. It sits outside the exception handler, so coded 4xx answers made
/// from exceptions are kept too. See docs/api.md for the promise and its limit.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const string MismatchCode = "EVAL-API-020";
    public const string BadKeyCode = "EVAL-API-021";
    public const string InProgressCode = "EVAL-API-022";
    public const string WithheldCode = "EVAL-API-023";
    public const int RetryAfterSeconds = 2;

    /// <summary>Larger answers are not kept (a retry runs again); API answers to POST and PUT are JSON or an export file.</summary>
    private const int MaxKeptBytes = 4 * 1024 * 1024;

    // Marks a kept answer whose body was not stored (the handler said Cache-Control: no-store).
    private const string WithheldMarker = "X-Idempotency-Withheld";

    // Per-connection or per-response headers, and cookies, are not part of the answer to give again.
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Server", "Transfer-Encoding", "Content-Length", "Content-Type", "Set-Cookie", "Connection", "Keep-Alive", ReplayedHeader,
    };

    public static bool Covers(string method, PathString path) =>
        (HttpMethods.IsPost(method) || HttpMethods.IsPut(method)) && path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>1 to 255 visible ASCII characters (0x21–0x7E): what fits any header and any log line unchanged.</summary>
    public static bool IsValidKey(string? key) => key is { Length: >= 1 and <= 255 } && key.All(c => c is >= '!' and <= '~');

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Covers(http.Request.Method, http.Request.Path) || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }
        var key = values.ToString();
        if (values.Count != 1 || !IsValidKey(key))
        {
            await Problems.Of(StatusCodes.Status400BadRequest, BadKeyCode,
                "Idempotency-Key 无效：应为 1 至 255 个可见 ASCII 字符（不含空格），且只能给出一个").ExecuteAsync(http);
            return;
        }
        var scope = await ScopeAsync(http);
        if (scope is null)
        {
            // Not authenticated: the endpoint's own key check answers 401, and nothing is kept.
            await next(http);
            return;
        }

        string bodyHash;
        var import = http.GetEndpoint()?.Metadata.GetMetadata<ImportBody.Endpoint>();
        try
        {
            // An import may exceed the server's general body cap (ImportBody): the hash reads it under the import's own.
            if (import is not null && ImportBody.Admit(http, import.CliVerb) is { } tooLarge)
            {
                await tooLarge.ExecuteAsync(http);
                return;
            }
            bodyHash = await HashBodyAsync(http.Request);
        }
        catch (BadHttpRequestException e) when (import is not null && e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ImportBody.TooLarge(http, import.CliVerb).ExecuteAsync(http);
            return;
        }
        var request = new IdempotencyRequest(scope, key, http.Request.Method.ToUpperInvariant(),
            http.Request.Path.Value + http.Request.QueryString.Value, bodyHash);
        // A unit of work of its own: the handler's DbContext must not see (or be spoiled by) the key's insert.
        await using var services = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var store = services.ServiceProvider.GetRequiredService<IdempotencyStore>();
        var outcome = await store.BeginAsync(request, http.RequestAborted);
        switch (outcome.Decision)
        {
            case IdempotencyDecision.Replay:
                await ReplayAsync(http, outcome.Answer!);
                return;
            case IdempotencyDecision.Mismatch:
                await Problems.Of(StatusCodes.Status422UnprocessableEntity, MismatchCode,
                    "该 Idempotency-Key 已用于另一个请求（方法、路径或请求正文不同）；新的请求请使用新的 Idempotency-Key").ExecuteAsync(http);
                return;
            case IdempotencyDecision.InProgress:
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.Of(StatusCodes.Status409Conflict, InProgressCode,
                    $"使用该 Idempotency-Key 的请求仍在处理中，请 {RetryAfterSeconds} 秒后重试").ExecuteAsync(http);
                return;
            default:
                await RunAsync(http, store, outcome.RecordId);
                return;
        }
    }

    private async Task RunAsync(HttpContext http, IdempotencyStore store, Guid recordId)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        var kept = false;
        try
        {
            await next(http);
            var status = http.Response.StatusCode;
            // A 5xx, or a 409/429 that asks the client to try again, is not a final answer: a retry runs the handler again.
            if (status < 500 && status is not (StatusCodes.Status409Conflict or StatusCodes.Status429TooManyRequests) && buffer.Length <= MaxKeptBytes)
            {
                var headers = http.Response.Headers.Where(h => !NotReplayed.Contains(h.Key))
                    .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? ""))).ToList();
                // An answer marked no-store carries a secret or personal data (a new API key, an export file with ID
                // numbers): it must not get a second home in this table. The request counts as done; a retry is told so.
                var withheld = http.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);
                if (withheld) headers.Add(new KeyValuePair<string, string>(WithheldMarker, "true"));
                await store.CompleteAsync(recordId, new IdempotencyAnswer(status, withheld ? null : http.Response.ContentType, headers,
                    withheld ? [] : buffer.ToArray()), CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            http.Response.Body = original;
            if (!kept) await store.ReleaseAsync(recordId, CancellationToken.None);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyAnswer answer)
    {
        if (answer.Headers.Any(h => h.Key == WithheldMarker))
        {
            // Headers such as Location or X-Export-Batch still say what was done; the body was never kept.
            foreach (var header in answer.Headers.Where(h => h.Key != WithheldMarker).GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
                http.Response.Headers[header.Key] = header.Select(h => h.Value).ToArray();
            http.Response.Headers[ReplayedHeader] = "true";
            await Problems.Of(StatusCodes.Status409Conflict, WithheldCode,
                "该请求已经处理完成；其应答含密钥或个人信息，系统不保存、不重复提供。请按 Location 或 X-Export-Batch 查看结果" +
                "（导出文件可再次导出，内容相同；API 密钥可重新生成）").ExecuteAsync(http);
            return;
        }
        http.Response.StatusCode = answer.StatusCode;
        if (answer.ContentType is not null) http.Response.ContentType = answer.ContentType;
        foreach (var header in answer.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            http.Response.Headers[header.Key] = header.Select(h => h.Value).ToArray();
        http.Response.Headers[ReplayedHeader] = "true";
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    private static async Task<string?> ScopeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api/admin", StringComparison.OrdinalIgnoreCase))
            return EnterpriseScope.PresentsAdminKey(http) ? "admin" : null;
        if (http.Request.Path.StartsWithSegments("/api/assessor", StringComparison.OrdinalIgnoreCase))
            return await http.RequestServices.GetRequiredService<Application.Assessors.AssessorRegistry>()
                .AuthenticateAsync(http.Request.Headers[EnterpriseScope.Header], http.RequestAborted) is { } assessor ? "assessor:" + assessor.ToString("N") : null;
        return await EnterpriseScope.PresentedEnterpriseAsync(http) is { } id ? "enterprise:" + id.ToString("N") : null;
    }

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
