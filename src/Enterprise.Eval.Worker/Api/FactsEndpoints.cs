using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Facts;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// /api/facts: HR's facts file (appraisals, continuing education, achievements) stored for screening;
/// /api/cycles/{cycleId}/applications/{applicationId}/attestations: HR's yes/no on items only a person can judge.
/// Scoped to the caller's enterprise: another's cycle or application is 404.
/// </summary>
public static class FactsEndpoints
{
    public const string RejectedCode = "EVAL-FACTS-REJECTED";
    public const string NoAnswerCode = "EVAL-ATTEST-005";

    public static IEndpointRouteBuilder MapFactsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/facts").RequireEnterpriseKey().WithTags("人事事实")
            .MapPost("/", async (HttpContext http, FactsService facts, string? encoding, CancellationToken ct) =>
            {
                var (body, refusal) = await ImportBody.SpoolAsync(http, ct);
                if (refusal is not null) return refusal;
                var result = await facts.ImportAsync(http.EnterpriseId(), body!, encoding, "api", ct);
                return result.IsValid
                    ? Results.Ok(new { employees = result.Employees, replaced = result.Replaced, notices = result.Notices })
                    : Problems.Of(StatusCodes.Status422UnprocessableEntity, RejectedCode,
                        $"事实文件有{result.Errors.Count}处错误，未导入任何数据", result.Errors);
            }).WithSummary("导入人事事实 CSV（考核、继续教育、荣誉、竞赛、奖项、专利、论文…；有任何错误则全部不导入）")
            .WithRuleCodes(RejectedCode, "EVAL-FACTS-*").WithProblemCodes(StatusCodes.Status413PayloadTooLarge, ImportBody.TooLargeCode)
            .AsImport("facts import FILE");

        var attestations = app.MapGroup("/api/cycles/{cycleId:guid}/applications/{applicationId:guid}/attestations")
            .RequireEnterpriseKey().WithTags("申报").WithRuleCodes("EVAL-ATTEST-*", "EVAL-APPL-*");

        attestations.MapPost("/", async (Guid cycleId, Guid applicationId, AttestationBody body, HttpContext http, AttestationService service, CancellationToken ct) =>
        {
            if (body.Confirmed is not { } confirmed)
                return Problems.Of(StatusCodes.Status400BadRequest, NoAnswerCode, "请填写确认结论（confirmed：true 或 false）");
            var result = await service.RecordAsync(http.EnterpriseId(), cycleId, applicationId, body.Item, confirmed, body.Reason, "api", ct);
            return Results.Created($"/api/cycles/{cycleId}/applications/{applicationId}/attestations",
                new { attestation = View(result.Attestation), screening = ApplicationVerdictView.Of(result.Verdict) });
        }).WithSummary("人事部门确认一项（符合/不符合及理由）；申报随即重新初审").WithProblemCodes(StatusCodes.Status400BadRequest, NoAnswerCode);

        attestations.MapGet("/", async (Guid cycleId, Guid applicationId, [AsParameters] PageQuery paging, HttpContext http, AttestationService service, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            var all = await service.ListAsync(http.EnterpriseId(), cycleId, applicationId, ct);
            var latest = AttestationRecords.Latest(all).Select(a => a.Id).ToHashSet();
            return Paging.Of(http, requested, all, a => new { attestation = View(a), counts = latest.Contains(a.Id) });
        }).WithSummary("本申报的全部人事确认（分页，按时间；每项以最后一次为准）").WithPaging();
        return app;
    }

    private static object View(AttestationRecord a) =>
        new { a.Id, a.Item, a.Confirmed, a.Reason, a.RecordedBy, a.RecordedAt };
}
