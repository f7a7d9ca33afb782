using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/exports: loaded adapters, a cycle's file for an authority (the batch is recorded), the batches and their answers.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exports").RequireEnterpriseKey().WithTags("证书数据报送").WithRuleCodes("EVAL-EXPORT-*", "EVAL-CERT-*", "EVAL-PLUGIN-*");

        group.MapGet("/adapters", (ExportAdapterCatalog catalog) => Results.Ok(new
        {
            adapters = catalog.Adapters.Select(a => new
            {
                a.Name, a.Adapter.DisplayName, pack = a.PackName, lists = ExportRowSource.SubjectOf(a.Adapter).ToString(),
                fields = ExportRowSource.EnteredFields(a.Adapter).Select(f => new { f.Name, f.Header }),
            }),
            failures = catalog.Failures.Select(f => new { f.Source, f.Code, f.Reason }),
        })).WithSummary("已加载的导出格式及加载失败项");

        group.MapPost("/run", async (RunRequest request, HttpContext http, ExportAdapterCatalog catalog, CycleExporter exporter, CancellationToken ct) =>
        {
            var adapter = catalog.Find(request.Adapter ?? "");
            if (adapter is null)
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, CertificateIssueErrors.UnknownAdapter, $"没有名为“{request.Adapter}”的导出格式");
            var format = request.Utf8Bom ? adapter.DefaultFormat with { Encoding = ExportEncoding.Utf8WithBom } : null;
            // Buffered so that a failed export returns a problem instead of half a file.
            using var buffer = new MemoryStream();
            var outcome = await exporter.ExportAsync(http.EnterpriseId(), request.CycleId, adapter, format,
                request.Fields ?? new Dictionary<string, string>(), buffer, "api", ct);
            http.Response.Headers["X-Export-Batch"] = outcome.Batch.Id.ToString();
            http.Response.Headers["X-Export-Sha256"] = outcome.Batch.Sha256;
            http.Response.Headers.CacheControl = "no-store";   // full ID numbers: the province needs them, no cache or record keeps them
            var charset = (format ?? adapter.DefaultFormat).Encoding == ExportEncoding.Gb18030 ? "gb18030" : "utf-8";
            return Results.File(buffer.ToArray(), $"text/csv; charset={charset}", $"{adapter.Name}-{request.CycleId:N}.csv");
        }).WithSummary("导出评价周期的报送文件：有效证书、拟推荐名单或通过审核的申报人，视格式而定（响应为文件；批次 ID 在 X-Export-Batch 头）");

        group.MapGet("/batches", async ([AsParameters] PageQuery paging, HttpContext http, CycleExporter exporter, Guid? cycleId, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            return Paging.Of(http, requested, await exporter.ListAsync(http.EnterpriseId(), cycleId, ct), b => b);
        }).WithSummary("导出批次（分页，新的在前）").WithPaging();

        group.MapPost("/batches/{id:guid}/answer", async (Guid id, AnswerRequest request, HttpContext http, CycleExporter exporter, CancellationToken ct) =>
        {
            var outcome = await exporter.AnswerAsync(http.EnterpriseId(), id, request.Accepted, request.RejectedRows, request.Reason, "api", ct);
            return Results.Ok(new { batch = outcome.Batch, allAccepted = outcome.AllAccepted });
        }).WithSummary("登记省级答复：接收，或退回（行号与原因）");
        return app;
    }

    /// <param name="Fields">Values the person running the export types in for the format's 填报 columns, by name (e.g. enterprise-headcount).</param>
    public sealed record RunRequest(Guid CycleId, string? Adapter, bool Utf8Bom = false, IReadOnlyDictionary<string, string>? Fields = null);

    public sealed record AnswerRequest(bool Accepted, IReadOnlyList<int>? RejectedRows, string? Reason);
}
