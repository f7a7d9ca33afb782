using System.Text.Json;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/cycles: the caller's evaluation cycles: create from a published scheme, show, pause, resume, extend, advance.</summary>
public static class CycleEndpoints
{
    public const string BadInstantCode = ApiInstants.BadInstantCode;

    public static IEndpointRouteBuilder MapCycleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles").RequireEnterpriseKey().WithTags("评价周期").WithRuleCodes("EVAL-CYCLE-*", "EVAL-CAL-*", "EVAL-CERT-*");

        group.MapPost("/", async (CycleCreateRequest body, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
        {
            var created = await cycles.CreateAsync(http.EnterpriseId(), body.ToRequest(), "api", ct);
            return created.Succeeded
                ? Results.Created($"/api/cycles/{created.Cycle!.Id}", CycleView.Of(created.Cycle, clock.GetUtcNow()))
                : Refused(created.Issues, "时间安排不符合要求，未创建评价周期");
        }).WithSummary("由已通过并公布的方案创建评价周期（时间为带时区偏移的 ISO 8601，如 2026-06-10T09:00:00+08:00）");

        group.MapGet("/", async ([AsParameters] PageQuery paging, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            var now = clock.GetUtcNow();
            return Paging.Of(http, requested, await cycles.ListAsync(http.EnterpriseId(), ct), c => CycleView.Of(c, now));
        }).WithSummary("本企业评价周期列表（分页，新年度在前）").WithPaging();

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
            CycleView.Of(await cycles.GetAsync(http.EnterpriseId(), id, ct), clock.GetUtcNow())).WithSummary("评价周期详情：阶段、时间安排、下一步");

        group.MapPost("/{id:guid}/pause", async (Guid id, CyclePauseRequest? body, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
            await StepAsync(cycles.PauseAsync(http.EnterpriseId(), id, body?.Reason ?? "", "api", ct), cycles, http, id, clock, ct)).WithSummary("暂停（暂停期间不自动推进）");
        group.MapPost("/{id:guid}/resume", async (Guid id, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
            await StepAsync(cycles.ResumeAsync(http.EnterpriseId(), id, "api", ct), cycles, http, id, clock, ct)).WithSummary("恢复");
        group.MapPost("/{id:guid}/advance", async (Guid id, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
            await StepAsync(cycles.AdvanceAsync(http.EnterpriseId(), id, "api", ct), cycles, http, id, clock, ct)).WithSummary("人工推进下一步（如颁发证书、上报）");
        group.MapPost("/{id:guid}/certify", async (Guid id, HttpContext http, CycleService cycles, Application.Pipeline.CycleCertification certification, TimeProvider clock, CancellationToken ct) =>
            await StepAsync(certification.CertifyAsync(http.EnterpriseId(), id, "api", ct), cycles, http, id, clock, ct)).WithSummary("为通过公示的人员颁发证书，并完成发证步骤");
        group.MapPost("/{id:guid}/authority-decisions", async (Guid id, AuthorityDecisionBody body, HttpContext http,
            Application.Certificates.AuthorityDecisions decisions, CancellationToken ct) =>
        {
            var application = await decisions.RecordAsync(http.EnterpriseId(), id,
                new Application.Certificates.AuthorityDecisionRequest(body.ApplicationId, body.Confirmed, body.CertificateNumber,
                    ParseDay(body.DecidedOn, "decidedOn"), body.Reason), "api", ct);
            return Results.Ok(new
            {
                applicationId = application.Id, status = application.Status.ToString(),
                certificateNumber = application.AuthorityCertificateNumber, decidedOn = application.AuthorityDecidedOn,
            });
        }).WithSummary("登记认定部门对已报送人员的认定结果及其颁发的证书编号（证书由认定部门颁发的方案）");
        group.MapPost("/{id:guid}/extend", async (Guid id, CycleExtendRequest body, HttpContext http, CycleService cycles, TimeProvider clock, CancellationToken ct) =>
        {
            var extension = await cycles.ExtendAsync(http.EnterpriseId(), id, ParseInstant(body.WindowClosesAt, "windowClosesAt"), "api", ct);
            return await StepAsync(Task.FromResult(extension.Result), cycles, http, id, clock, ct);
        }).WithSummary("延长报名截止时间");
        return app;
    }

    /// <summary>A China date (2026-07-20) from a request or an option; null when not given.</summary>
    public static DateOnly? ParseDay(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : throw new Domain.Common.DomainException("EVAL-CERT-044", $"“{field}”应为日期，如 2026-07-20，收到“{text}”");
    }

    /// <summary>An instant from a request or an option (the rule is <see cref="ApiInstants.Parse"/>).</summary>
    public static DateTimeOffset ParseInstant(string? text, string field) => ApiInstants.Parse(text, field);

    private static async Task<IResult> StepAsync(
        Task<StepResult> step, CycleService cycles, HttpContext http, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var result = await step;
        if (result.Outcome == StepOutcome.Refused)
            return Refused(result.Problems, "请求未被接受");
        var cycle = await cycles.GetAsync(http.EnterpriseId(), id, ct);
        return Results.Ok(new { outcome = result.Outcome.ToString(), cycle = CycleView.Of(cycle, clock.GetUtcNow()) });
    }

    private static IResult Refused(IReadOnlyList<CycleIssue> issues, string detail) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, issues.Count > 0 ? issues[0].Code : "EVAL-CYCLE", detail,
            issues.Select(i => new { code = i.Code, field = JsonNamingPolicy.CamelCase.ConvertName(i.Field), message = i.Message }));
}
