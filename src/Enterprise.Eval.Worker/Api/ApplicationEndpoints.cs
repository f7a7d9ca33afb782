using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// /api/cycles/{cycleId}/applications: submit (screened at once), show, list, change, withdraw, upload and review
/// materials, disqualify, screening result. Scoped to the caller's enterprise: another's cycle or application is 404.
/// </summary>
public static class ApplicationEndpoints
{
    public const string NoFileCode = "EVAL-APPL-040";
    private const long MaxUploadBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles/{cycleId:guid}/applications").RequireEnterpriseKey().WithTags("申报").WithRuleCodes("EVAL-APPL-*", "EVAL-CYCLE-*", "EVAL-CERT-*");

        group.MapPost("/", async (Guid cycleId, ApplicationBody body, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await applications.SubmitAsync(http.EnterpriseId(), cycleId, body.ToRequest(), "api", ct);
            if (!result.Accepted)
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, result.RefusalCode!, result.RefusalMessage!);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, result.Application!.Id, ct);
            return Results.Created($"/api/cycles/{cycleId}/applications/{application.Id}",
                new { application = ApplicationView.Of(application, employee), screening = ApplicationVerdictView.Of(result.Verdict!) });
        }).WithSummary("提交申报（报名期内）；立即返回资格初审结果：结论、途径、缺少的信息、逐项判断");

        group.MapGet("/", async (Guid cycleId, [AsParameters] PageQuery paging, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var (page, size) = Paging.Read(paging);
            var result = await applications.ListAsync(http.EnterpriseId(), cycleId, page, size, ct);
            return Paging.Of(http, page, size, result.Total, result.Items.Select(i => ApplicationView.Of(i.Application, i.Employee)).ToList());
        }).WithSummary("本周期申报列表（分页，按工号排序）").WithPaging();

        group.MapGet("/held", async (Guid cycleId, HttpContext http, HeldApplications held, CancellationToken ct) =>
            new { items = await held.ListAsync(http.EnterpriseId(), cycleId, ct) })
            .WithSummary("待人事确认的申报（截止审查未放行进入评审）：每人待确认的事项或缺少的必备材料；用 attestations 逐项确认（事项代码或 material:材料代码）");

        group.MapGet("/{id:guid}", async (Guid cycleId, Guid id, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return ApplicationView.Of(application, employee);
        }).WithSummary("申报详情（含材料及审核情况）");

        group.MapPut("/{id:guid}", async (Guid cycleId, Guid id, ApplicationBody body, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await applications.UpdateAsync(http.EnterpriseId(), cycleId, id, body.ToRequest(), "api", ct);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return new { application = ApplicationView.Of(application, employee), screening = ApplicationVerdictView.Of(result.Verdict!) };
        }).WithSummary("修改申报（报名截止前、材料未锁定时）");

        group.MapPost("/{id:guid}/withdraw", async (Guid cycleId, Guid id, ApplicationReasonBody? body, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            await applications.WithdrawAsync(http.EnterpriseId(), cycleId, id, body?.Reason, "api", ct);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return ApplicationView.Of(application, employee);
        }).WithSummary("撤回申报（报名截止前可重新提交）");

        group.MapPost("/{id:guid}/materials/{itemCode}", async (
            Guid cycleId, Guid id, string itemCode, string? fileName, HttpContext http, MaterialService materials, CancellationToken ct) =>
        {
            var (name, content) = await ReadFileAsync(http, fileName, ct);
            var file = await materials.UploadAsync(http.EnterpriseId(), cycleId, id, itemCode, name, content, "api", ct);
            return Results.Created($"/api/cycles/{cycleId}/applications/{id}", ApplicationMaterialView.Of(file));
        }).DisableAntiforgery().WithProblemCodes(StatusCodes.Status413PayloadTooLarge, Problems.CodeFor(StatusCodes.Status413PayloadTooLarge)).WithSummary("上传材料：multipart 表单文件，或请求体为文件内容并以 ?fileName= 给出文件名；检查格式（含文件头）与大小");

        group.MapPost("/{id:guid}/materials/{materialId:guid}/review", async (
            Guid cycleId, Guid id, Guid materialId, MaterialReviewBody body, HttpContext http, MaterialService materials, CancellationToken ct) =>
            ApplicationMaterialView.Of(await materials.ReviewAsync(http.EnterpriseId(), cycleId, id, materialId, body.Accepted, body.Reason, "api", ct)))
            .WithSummary("人事部门审核材料：通过，或退回并说明原因");

        group.MapPost("/{id:guid}/disqualify", async (
            Guid cycleId, Guid id, ApplicationReasonBody body, HttpContext http, DisqualificationService service, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await service.DisqualifyAsync(http.EnterpriseId(), cycleId, id, body.Reason ?? "", "api", ct);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return new
            {
                application = ApplicationView.Of(application, employee),
                // kind: Ban (bars applying) or CreditRecord (诚信记录, bars nothing), as the scheme says.
                ban = result.Ban is { } b ? new { b.StartsOn, b.EndsOn, b.Reason, kind = b.Kind.ToString() } : null,
                result.CertificateRevoked,
            };
        }).WithSummary("弄虚作假取消资格（任何阶段）：按方案记录禁止申报期限或诚信记录，已发证的撤销证书");

        group.MapGet("/{id:guid}/screening", async (Guid cycleId, Guid id, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var (a, _) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return new
            {
                submission = new { verdict = a.SubmissionVerdict?.ToString(), summary = a.SubmissionSummary },
                closing = new { verdict = a.ClosingVerdict?.ToString(), summary = a.ClosingSummary, screenedAt = a.ClosingScreenedAt },
                counts = a.ClosingVerdict is null ? "submission" : "closing",
            };
        }).WithSummary("资格审查结果：提交时初审与截止后审查（以截止后审查为准）");

        group.MapPost("/screen-at-close", async (Guid cycleId, HttpContext http, ClosingScreening screening, ApplicationCycles cycles, CancellationToken ct) =>
        {
            await cycles.LoadAsync(http.EnterpriseId(), cycleId, ct);
            return await screening.ScreenAtCloseAsync(cycleId, ct);
        }).WithSummary("报名截止后对全部申报按冻结的信息进行资格审查（幂等）");
        return app;
    }

    private static async Task<(string Name, byte[] Content)> ReadFileAsync(HttpContext http, string? fileName, CancellationToken ct)
    {
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            var file = form.Files.FirstOrDefault()
                ?? throw new Domain.Common.DomainException(NoFileCode, "表单中没有文件");
            if (file.Length > MaxUploadBytes) throw new Domain.Common.DomainException(ApplicationErrors.FileTooLarge, "文件超过 20 MB");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            return (fileName ?? file.FileName, buffer.ToArray());
        }
        if (string.IsNullOrWhiteSpace(fileName))
            throw new Domain.Common.DomainException(NoFileCode, "请以 multipart 表单上传文件，或在 ?fileName= 中给出文件名");
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, ct);
        if (body.Length > MaxUploadBytes) throw new Domain.Common.DomainException(ApplicationErrors.FileTooLarge, "文件超过 20 MB");
        return (fileName, body.ToArray());
    }
}
