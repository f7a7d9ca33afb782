using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Application.SchemeDocuments;
using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/schemes: the caller's stored schemes and their lifecycle (报审, 通过, 退回, 公布).</summary>
public static class SchemeEndpoints
{
    public static IEndpointRouteBuilder MapSchemeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/schemes").RequireEnterpriseKey().WithTags("工作方案").WithRuleCodes("EVAL-SCHEMEDOC-*", "EVAL-SCHEME-*");

        group.MapPost("/", async (HttpContext http, SchemeDocumentService schemes, string? fileName, CancellationToken ct) =>
        {
            var text = await ReadBodyAsync(http, ct);
            var result = await schemes.UploadAsync(http.EnterpriseId(), text, fileName, "api", ct);
            return result.Succeeded
                ? Results.Created($"/api/schemes/{result.Document!.Id}", SchemeDocumentView.Of(result.Document))
                : Rejected(result.Errors);
        }).WithSummary("上传方案（YAML 正文；有任何错误则不保存，并列出全部错误）");

        group.MapPost("/check", async (HttpContext http, string? fileName, CancellationToken ct) =>
        {
            var result = SchemeFileParser.Parse(await ReadBodyAsync(http, ct), string.IsNullOrWhiteSpace(fileName) ? "scheme.yaml" : fileName);
            return result.IsValid ? Results.Ok(new { valid = true, errors = Array.Empty<string>(), readings = result.Readings.Select(r => new { r.Line, r.Field, r.Reading }) }) : Rejected(result.Errors);
        }).WithSummary("检查方案（不保存）");

        group.MapGet("/", async ([AsParameters] PageQuery paging, HttpContext http, SchemeDocumentService schemes, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            return Paging.Of(http, requested, await schemes.ListAsync(http.EnterpriseId(), ct), SchemeDocumentView.Of);
        }).WithSummary("本企业方案列表（分页，新上传的在前）").WithPaging();

        group.MapGet("/published", async ([AsParameters] PageQuery paging, HttpContext http, SchemeDocumentService schemes, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            return Paging.Of(http, requested, await schemes.ListPublishedAsync(http.EnterpriseId(), ct), PublishedSchemeView.Of);
        }).WithSummary("向职工公布的方案（供职工查阅，分页，新公布的在前；不含任何个人信息）").WithPaging();

        group.MapGet("/published/{id:guid}", async (Guid id, HttpContext http, SchemeDocumentService schemes, CancellationToken ct) =>
            PublishedSchemeView.Of(await schemes.GetPublishedAsync(http.EnterpriseId(), id, ct), withContent: true))
            .WithSummary("已公布方案的全文（供职工查阅；未公布的方案答 404）");

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, SchemeDocumentService schemes, bool? content, CancellationToken ct) =>
        {
            var document = await schemes.GetAsync(http.EnterpriseId(), id, ct);
            return Results.Ok(SchemeDocumentView.Of(document, content == true));
        }).WithSummary("方案详情（content=true 时附原文）");

        group.MapPost("/{id:guid}/submit", async (Guid id, HttpContext http, SchemeDocumentService s, CancellationToken ct) =>
            SchemeDocumentView.Of(await s.SubmitAsync(http.EnterpriseId(), id, "api", ct))).WithSummary("方案报审");
        group.MapPost("/{id:guid}/approve", async (Guid id, HttpContext http, SchemeDocumentService s, CancellationToken ct) =>
            SchemeDocumentView.Of(await s.ApproveAsync(http.EnterpriseId(), id, "api", ct))).WithSummary("记录无需报审的方案通过（需报审的方案由方案评估机构审定：EVAL-SCHEMEDOC-006）");
        group.MapPost("/{id:guid}/return", async (Guid id, SchemeReturnRequest body, HttpContext http, SchemeDocumentService s, CancellationToken ct) =>
            SchemeDocumentView.Of(await s.ReturnAsync(http.EnterpriseId(), id, body.Comments ?? "", "api", ct))).WithSummary("退回方案：仅方案评估机构可退回（/api/assessor），企业调用答 EVAL-SCHEMEDOC-006");
        group.MapPost("/{id:guid}/publish", async (Guid id, HttpContext http, SchemeDocumentService s, CancellationToken ct) =>
            SchemeDocumentView.Of(await s.PublishAsync(http.EnterpriseId(), id, "api", ct))).WithSummary("向职工公布方案");
        return app;
    }

    private static async Task<string> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private static IResult Rejected(IReadOnlyList<SchemeError> errors) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, SchemeDocumentErrors.RejectedCode, $"方案有{errors.Count}处错误，未保存",
            errors.Select(e => new { line = e.Line, column = e.Column, code = e.Code, message = e.Message, text = $"{e.Line}:{e.Column}:{e.Code}:{e.Message}" }));
}
