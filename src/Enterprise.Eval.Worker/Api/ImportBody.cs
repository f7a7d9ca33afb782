using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// The body of a CSV import (roster, facts) read under <c>Http:MaxImportBytes</c> instead of Kestrel's general
/// 30,000,000-byte cap, which a real roster passes (200,000 rows with every column are 31.5 MB). Over the limit the
/// answer is 413 EVAL-IMPORT-001 stating the limit and the command-line verb that imports a file of any size.
/// </summary>
/// <remarks>
/// The body is spooled to a temporary file (beyond its first 64 KiB) and the importer reads the CSV from there as it
/// streams: the file is never held in memory as bytes or text. Spooled, not parsed straight off the socket, because
/// an "auto" file is UTF-8 only if its last byte says so, and otherwise is read again from the start as GB18030.
/// The temporary file is deleted when the response completes.
/// </remarks>
public static class ImportBody
{
    public const string TooLargeCode = "EVAL-IMPORT-001";

    /// <summary>What stays in memory before the upload goes to disk: an ordinary facts file never touches the disk.</summary>
    private const int InMemoryBytes = 64 * 1024;

    /// <summary>The whole body, seekable and positioned at its start, or the 413 answer to return instead.</summary>
    public static async Task<(Stream? Body, IResult? Refusal)> SpoolAsync(HttpContext http, string cliVerb, CancellationToken ct)
    {
        var limit = http.RequestServices.GetRequiredService<IOptions<HttpOptions>>().Value.MaxImportBytes;
        if (http.Request.ContentLength > limit)
            return (null, TooLarge(limit, cliVerb));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap)
            cap.MaxRequestBodySize = limit;
        http.Request.EnableBuffering(InMemoryBytes, limit);
        var body = http.Request.Body;
        try
        {
            body.Position = 0;
            await body.DrainAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit, cliVerb));
        }
        // The spooling stream's own guard where no server cap applies (a body without declared length in a test host).
        catch (IOException) when (!ct.IsCancellationRequested)
        {
            return (null, TooLarge(limit, cliVerb));
        }
        if (body.Length > limit)
            return (null, TooLarge(limit, cliVerb));
        body.Position = 0;
        return (body, null);
    }

    private static IResult TooLarge(long limit, string cliVerb) => Problems.Of(StatusCodes.Status413PayloadTooLarge, TooLargeCode,
        $"文件超过接口导入上限 {limit / (1024 * 1024)} MB（配置项 Http:MaxImportBytes = {limit} 字节）。请调高该上限，或在服务器上用命令行导入任意大小的文件：{cliVerb}");
}
