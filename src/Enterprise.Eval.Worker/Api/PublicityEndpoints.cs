using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Publicity;

namespace Enterprise.Eval.Worker.Api;

/// <summary>
/// /api/cycles/{cycleId}/publicity: HR's side of the publicity period (start with the candidates, show with the public
/// page's address, list and resolve objections), scoped to the caller's enterprise.
/// </summary>
public static class PublicityEndpoints
{
    public const string BadCandidateCode = "EVAL-PUB-040";

    public static IEndpointRouteBuilder MapPublicityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles/{cycleId:guid}/publicity").RequireEnterpriseKey().WithTags("公示").WithRuleCodes("EVAL-PUB-*", "EVAL-CYCLE-*");

        group.MapPost("/", async (Guid cycleId, StartRequest body, HttpContext http, PublicityService publicity, CancellationToken ct) =>
        {
            var candidates = (body.Candidates ?? []).Select(ToCandidate).ToList();
            var notice = await publicity.StartPublicityAsync(http.EnterpriseId(), cycleId, candidates,
                new PublicityStartOptions("api", BaseUrl(http), body.ObjectionContact, body.HrEmail), ct);
            return Results.Created($"/api/cycles/{cycleId}/publicity", View(notice, http));
        }).WithSummary("开始公示（名单由评审推荐结果提供）");

        group.MapGet("/", async (Guid cycleId, HttpContext http, PublicityService publicity, CancellationToken ct) =>
            View(await publicity.GetAsync(http.EnterpriseId(), cycleId, ct), http)).WithSummary("公示详情，含公示页面地址");

        group.MapGet("/objections", async (Guid cycleId, [AsParameters] PageQuery paging, HttpContext http, PublicityService publicity, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            var objections = (await publicity.GetAsync(http.EnterpriseId(), cycleId, ct)).Objections.OrderBy(o => o.Number).ToList();
            return Paging.Of(http, requested, objections, ObjectionView);
        }).WithSummary("异议列表（分页，按受理编号）").WithPaging();

        group.MapPost("/objections/{number:int}/resolve", async (Guid cycleId, int number, ResolveRequest body, HttpContext http, PublicityService publicity, CycleScheduler scheduler, CancellationToken ct) =>
        {
            var conclusion = await publicity.ResolveAsync(http.EnterpriseId(), cycleId, number, body.Upheld, body.Reason ?? "", "api", ct);
            await TakeReleasedStepAsync(scheduler, cycleId, http, ct);
            var notice = await publicity.GetAsync(http.EnterpriseId(), cycleId, ct);
            return Results.Ok(new { conclusion = conclusion.Outcome.ToString(), message = conclusion.Message, publicity = View(notice, http) });
        }).WithSummary("处理异议：成立（移出名单）或不成立，须写明理由");

        group.MapPost("/conclude", async (Guid cycleId, HttpContext http, PublicityService publicity, CycleScheduler scheduler, CancellationToken ct) =>
        {
            await publicity.GetAsync(http.EnterpriseId(), cycleId, ct);
            var conclusion = await publicity.ConcludeAsync(cycleId, ct);
            await TakeReleasedStepAsync(scheduler, cycleId, http, ct);
            return Results.Ok(new { conclusion = conclusion.Outcome.ToString(), message = conclusion.Message, openObjections = conclusion.OpenObjections });
        }).WithSummary("结束公示（有未处理异议时暂不结束）");
        return app;
    }

    /// <summary>
    /// An open objection holds the cycle's conclusion step; once publicity may conclude, the step is taken now rather than
    /// at the next periodic reconcile. HR's own change is already saved: should the step fail here, the reconcile takes
    /// it later, so the failure is logged and HR still gets the answer to what they did.
    /// </summary>
    private static async Task TakeReleasedStepAsync(CycleScheduler scheduler, Guid cycleId, HttpContext http, CancellationToken ct)
    {
        try
        {
            await scheduler.RunDueStepsAsync(cycleId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PublicityEndpoints))
                .LogWarning(e, "Cycle {CycleId}: the released conclusion step failed; the periodic reconcile will take it", cycleId);
        }
    }

    private static PublicityCandidate ToCandidate(CandidateRequest c)
    {
        var gender = c.Gender?.Trim() switch
        {
            "男" or "Male" or "male" => Gender.Male,
            "女" or "Female" or "female" => Gender.Female,
            _ => throw new DomainException(BadCandidateCode, $"“{c.Name}”的性别“{c.Gender}”无法识别，应为“男”或“女”。"),
        };
        if (!SkillLevels.TryParse(c.Level, out var level))
            throw new DomainException(BadCandidateCode, $"“{c.Name}”的技能等级“{c.Level}”无法识别。");
        if (string.IsNullOrWhiteSpace(c.Name))
            throw new DomainException(BadCandidateCode, "公示人员须有姓名。");
        return new PublicityCandidate(c.ApplicationId, c.EmployeeId, c.Name, gender, c.Department ?? "", c.OccupationName ?? "", level);
    }

    // Behind a proxy the request's own host is an internal one: the configured public address wins when there is one.
    private static string BaseUrl(HttpContext http) =>
        http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Applications.PublicLinkOptions>>().Value
            .ConfiguredPublicBaseUrl ?? $"{http.Request.Scheme}://{http.Request.Host}";

    private static object View(PublicityNotice n, HttpContext http) => new
    {
        id = n.Id,
        cycleId = n.CycleId,
        status = n.Status.ToString(),
        publicUrl = BaseUrl(http) + PublicityService.PagePath(n.Token),
        level = n.Level.ChineseName(),
        period = n.PeriodText,
        startsAt = n.StartsAt,
        startsAtText = ApiInstants.Text(n.StartsAt),
        endsAt = n.EndsAt,
        endDate = n.EndDate,
        endDateText = ChinaTime.FormatDate(n.EndDate),
        workdays = n.Workdays,
        realNameRequired = n.RealNameRequired,
        openObjections = n.OpenObjections,
        concludedAt = n.ConcludedAt,
        concludedAtText = ApiInstants.Text(n.ConcludedAt),
        entries = n.Entries.Select(e => new
        {
            applicationId = e.ApplicationId, name = e.Name, gender = e.Gender == Gender.Male ? "男" : "女", department = e.Department,
            occupation = e.OccupationName, level = e.Level.ChineseName(), removed = e.IsRemoved, removedReason = e.RemovedReason,
        }),
        confirmed = n.ConfirmedEntries.Select(e => e.ApplicationId),
    };

    // The contact is shown to HR masked when it is a mobile number: HR replies through the mailbox or in person.
    private static object ObjectionView(PublicityObjection o) => new
    {
        number = o.Number, applicationId = o.ApplicationId, text = o.Text, objectorName = o.ObjectorName,
        objectorContact = o.ObjectorContact is { } c ? (ContactFormats.IsEmail(c) ? c : PersonalDataMask.Mobile(c)) : null,
        receivedAt = o.ReceivedAt, receivedAtText = ApiInstants.Text(o.ReceivedAt), status = o.Status.ToString(), resolution = o.Resolution,
        resolvedAt = o.ResolvedAt, resolvedAtText = ApiInstants.Text(o.ResolvedAt), resolvedBy = o.ResolvedBy,
    };

    public sealed record StartRequest(IReadOnlyList<CandidateRequest>? Candidates, string? ObjectionContact, string? HrEmail);

    public sealed record CandidateRequest(
        Guid ApplicationId, Guid EmployeeId, string Name, string? Gender, string? Department, string? OccupationName, string? Level);

    public sealed record ResolveRequest(bool Upheld, string? Reason);
}
