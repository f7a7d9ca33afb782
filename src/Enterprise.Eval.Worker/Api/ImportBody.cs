using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The body of a CSV import (roster, facts) read under <c>Http:MaxImportBytes</c> instead of Kestrel's general
/// 30,000,000-byte cap, which a real roster passes (200,000 rows with every column are 31.5 MB). Over the limit the
/// answer is 413 EVAL-IMPORT-001 stating the limit and the command-line verb that imports a file of any size.
/// </summary>
public static class ImportBody
{
    public const string TooLargeCode = "EVAL-IMPORT-001";

    /// <summary>The whole body, or the 413 answer to return instead.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(HttpContext http, string cliVerb, CancellationToken ct)
    {
        var limit = http.RequestServices.GetRequiredService<IOptions<HttpOptions>>().Value.MaxImportBytes;
        if (http.Request.ContentLength > limit)
            return (null, TooLarge(limit, cliVerb));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap)
            cap.MaxRequestBodySize = limit;
        // With a declared length the body is read straight into an array of that size: one copy, not two.
        using var buffer = http.Request.ContentLength is { } length ? new MemoryStream((int)length) : new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit, cliVerb));
        }
        if (buffer.Length > limit)
            return (null, TooLarge(limit, cliVerb));
        return (buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray(), null);
    }

    private static IResult TooLarge(long limit, string cliVerb) => Problems.Of(StatusCodes.Status413PayloadTooLarge, TooLargeCode,
        $"文件超过接口导入上限 {limit / (1024 * 1024)} MB（配置项 Http:MaxImportBytes = {limit} 字节）。请调高该上限，或在服务器上用命令行导入任意大小的文件：{cliVerb}");
}
