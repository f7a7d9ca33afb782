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

    /// <summary>Marks an import endpoint, so that middleware reading the body before it (the idempotency key's hash)
    /// reads it under the import's limit too.</summary>
    public sealed record Endpoint(string CliVerb);

    public static RouteHandlerBuilder AsImport(this RouteHandlerBuilder endpoint, string cliVerb) =>
        endpoint.WithMetadata(new Endpoint(cliVerb));

    /// <summary>
    /// Lets the body be read up to <c>Http:MaxImportBytes</c>, or answers the 413 when its declared length is over it.
    /// Must run before anything reads the body: the server's cap is fixed from the first read on.
    /// </summary>
    public static IResult? Admit(HttpContext http, string cliVerb)
    {
        var limit = LimitOf(http);
        if (http.Request.ContentLength > limit)
            return TooLarge(limit, cliVerb);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap)
            cap.MaxRequestBodySize = limit;
        return null;
    }

    /// <summary>The 413 for a body found over the limit while it was being read.</summary>
    public static IResult TooLarge(HttpContext http, string cliVerb) => TooLarge(LimitOf(http), cliVerb);

    /// <summary>
    /// The whole body, seekable and positioned at its start, or the 413 answer to return instead. Called by an endpoint
    /// marked with <see cref="AsImport"/>, whose verb the 413 names.
    /// </summary>
    public static async Task<(Stream? Body, IResult? Refusal)> SpoolAsync(HttpContext http, CancellationToken ct)
    {
        var cliVerb = http.GetEndpoint()?.Metadata.GetMetadata<Endpoint>()?.CliVerb
            ?? throw new InvalidOperationException($"{http.Request.Path} reads an import body but is not marked AsImport.");
        var limit = LimitOf(http);
        if (Admit(http, cliVerb) is { } refusal)
            return (null, refusal);
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

    private static long LimitOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<HttpOptions>>().Value.MaxImportBytes;

    private static IResult TooLarge(long limit, string cliVerb) => Problems.Of(StatusCodes.Status413PayloadTooLarge, TooLargeCode,
        $"文件超过接口导入上限 {limit / (1024 * 1024)} MB（配置项 Http:MaxImportBytes = {limit} 字节）。请调高该上限，或在服务器上用命令行导入任意大小的文件：{cliVerb}");
}
