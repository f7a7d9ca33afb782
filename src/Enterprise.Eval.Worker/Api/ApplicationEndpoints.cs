using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

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
        var group = app.MapGroup("/api/cycles/{cycleId:guid}/applications").RequireEnterpriseKey().WithTags("申报");

        group.MapPost("/", async (Guid cycleId, ApplicationBody body, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await applications.SubmitAsync(http.EnterpriseId(), cycleId, body.ToRequest(), "api", ct);
            if (!result.Accepted)
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, result.RefusalCode!, result.RefusalMessage!);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, result.Application!.Id, ct);
            return Results.Created($"/api/cycles/{cycleId}/applications/{application.Id}",
                new { application = ApplicationView.Of(application, employee), screening = VerdictView.Of(result.Verdict!) });
        }).WithSummary("提交申报（报名期内）；立即返回资格初审结果：结论、途径、缺少的信息、逐项判断");

        group.MapGet("/", async (Guid cycleId, int? page, int? pageSize, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await applications.ListAsync(http.EnterpriseId(), cycleId, page ?? 1, pageSize ?? 50, ct);
            return new { result.Total, result.Page, result.PageSize, items = result.Items.Select(i => ApplicationView.Of(i.Application, i.Employee)) };
        }).WithSummary("本周期申报列表（分页，按工号排序）");

        group.MapGet("/{id:guid}", async (Guid cycleId, Guid id, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return ApplicationView.Of(application, employee);
        }).WithSummary("申报详情（含材料及审核情况）");

        group.MapPut("/{id:guid}", async (Guid cycleId, Guid id, ApplicationBody body, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await applications.UpdateAsync(http.EnterpriseId(), cycleId, id, body.ToRequest(), "api", ct);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return new { application = ApplicationView.Of(application, employee), screening = VerdictView.Of(result.Verdict!) };
        }).WithSummary("修改申报（报名截止前、材料未锁定时）");

        group.MapPost("/{id:guid}/withdraw", async (Guid cycleId, Guid id, ReasonBody? body, HttpContext http, ApplicationService applications, CancellationToken ct) =>
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
            return Results.Created($"/api/cycles/{cycleId}/applications/{id}", MaterialView.Of(file));
        }).DisableAntiforgery().WithSummary("上传材料：multipart 表单文件，或请求体为文件内容并以 ?fileName= 给出文件名；检查格式（含文件头）与大小");

        group.MapPost("/{id:guid}/materials/{materialId:guid}/review", async (
            Guid cycleId, Guid id, Guid materialId, ReviewBody body, HttpContext http, MaterialService materials, CancellationToken ct) =>
            MaterialView.Of(await materials.ReviewAsync(http.EnterpriseId(), cycleId, id, materialId, body.Accepted, body.Reason, "api", ct)))
            .WithSummary("人事部门审核材料：通过，或退回并说明原因");

        group.MapPost("/{id:guid}/disqualify", async (
            Guid cycleId, Guid id, ReasonBody body, HttpContext http, DisqualificationService service, ApplicationService applications, CancellationToken ct) =>
        {
            var result = await service.DisqualifyAsync(http.EnterpriseId(), cycleId, id, body.Reason ?? "", "api", ct);
            var (application, employee) = await applications.GetAsync(http.EnterpriseId(), cycleId, id, ct);
            return new
            {
                application = ApplicationView.Of(application, employee),
                ban = result.Ban is { } b ? new { b.StartsOn, b.EndsOn, b.Reason } : null,
                result.CertificateRevoked,
            };
        }).WithSummary("弄虚作假取消资格（任何阶段）：记录禁止申报期限，已发证的撤销证书");

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

public sealed record ApplicationBody(
    string EmployeeNumber, string? Education, string? Degree, string? Title, string? CurrentLevel, string? Unit, string? Department,
    string? Expertise, string? EducationHistory, string? WorkHistory, string? Achievements, string? Awards, bool Pledged,
    IReadOnlyList<AchievementBody>? Records)
{
    public SubmitApplicationRequest ToRequest()
    {
        SkillLevel? level = null;
        if (!string.IsNullOrWhiteSpace(CurrentLevel))
            level = SkillLevels.TryParse(CurrentLevel, out var parsed) ? parsed : throw new ArgumentException($"currentLevel“{CurrentLevel}”不是有效的技能等级");
        var form = new ApplicationForm
        {
            Education = Education, Degree = Degree, Title = Title, CurrentLevel = level, Unit = Unit, Department = Department, Expertise = Expertise,
            EducationHistory = EducationHistory, WorkHistory = WorkHistory, AchievementsText = Achievements, Awards = Awards, Pledged = Pledged,
        };
        return new SubmitApplicationRequest(EmployeeNumber ?? "", form, (Records ?? []).Select(r => r.ToRecord()).ToList());
    }
}

/// <summary>An achievement record in the facts CSV's words: kind 竞赛/荣誉/奖项/论文…, level 市级/省级/国家级.</summary>
public sealed record AchievementBody(
    string Kind, int? Year, DateOnly? Date, string? Level, string? Class, int? Rank, int? Grade, string? Title, string? JournalClass,
    decimal? AmountWanYuan, bool? MainContributor)
{
    public AchievementRecord ToRecord()
    {
        if (!FactVocabulary.TryParse(Kind, out AchievementKind kind))
            throw new ArgumentException($"业绩类别“{Kind}”无效，可用：{FactVocabulary.Names<AchievementKind>()}");
        AchievementLevel? level = null;
        if (!string.IsNullOrWhiteSpace(Level))
            level = FactVocabulary.TryParse(Level, out AchievementLevel l) ? l : throw new ArgumentException($"级别“{Level}”无效，可用：{FactVocabulary.Names<AchievementLevel>()}");
        return new AchievementRecord
        {
            Kind = kind, Year = Year, Date = Date, Level = level, Class = Class, Rank = Rank, Grade = Grade, Title = Title,
            JournalClass = JournalClass, AmountWanYuan = AmountWanYuan, MainContributor = MainContributor,
        };
    }
}

public sealed record ReasonBody(string? Reason);

public sealed record ReviewBody(bool Accepted, string? Reason);

/// <summary>An application as shown: the roster's name and number, never the ID number or phone.</summary>
public sealed record ApplicationView(
    Guid Id, string Number, Guid CycleId, string EmployeeNumber, string EmployeeName, string Status, string StatusText, string? Education,
    string? Degree, string? Title, string? CurrentLevel, string? Unit, string? Department, string? Expertise, DateTimeOffset? PledgedAt,
    DateTimeOffset? SubmittedAt, bool IsFrozen, string? StatusReason, string? SubmissionVerdict, string? SubmissionSummary,
    string? ClosingVerdict, string? ClosingSummary, int Records, IReadOnlyList<MaterialView> Materials)
{
    public static ApplicationView Of(SkillApplication a, Employee e) => new(
        a.Id, ApplicationMails.Number(a), a.CycleId, e.EmployeeNumber, e.Name, a.Status.ToString(), a.Status.Name(), a.Education, a.Degree,
        a.Title, a.CurrentLevel?.ChineseName(), a.Unit, a.Department, a.Expertise, a.PledgedAt, a.SubmittedAt, a.IsFrozen, a.StatusReason,
        a.SubmissionVerdict?.ToString(), a.SubmissionSummary, a.ClosingVerdict?.ToString(), a.ClosingSummary, a.Achievements.Count,
        a.Materials.OrderBy(m => m.ItemCode, StringComparer.Ordinal).ThenBy(m => m.Version).Select(MaterialView.Of).ToList());
}

public sealed record MaterialView(
    Guid Id, string ItemCode, int Version, string FileName, string Sha256, long SizeBytes, DateTimeOffset UploadedAt, DateTimeOffset? ReviewDueAt,
    string Review, string? ReturnReason)
{
    public static MaterialView Of(MaterialFile m) =>
        new(m.Id, m.ItemCode, m.Version, m.FileName, m.Sha256, m.SizeBytes, m.UploadedAt, m.ReviewDueAt, m.Review.ToString(), m.ReturnReason);
}

/// <summary>The screening told at submission: verdict, route, what is missing or failing, and the per-route trace.</summary>
public sealed record VerdictView(
    string Kind, string Summary, string? Route, IReadOnlyList<string> MissingFacts, IReadOnlyList<string> PendingAttestations,
    IReadOnlyList<string> FailingReasons, IReadOnlyList<string> Waived, IReadOnlyList<string> PriorityReasons, IReadOnlyList<object> Trace)
{
    public static VerdictView Of(Verdict v) => new(
        v.Kind.ToString(), v.Summary, v.Route?.Name, v.MissingFacts, v.PendingAttestationNames, v.FailingReasons, v.WaivedNames, v.PriorityReasons,
        v.Routes.Select(r => (object)new
        {
            route = r.Route.Name, outcome = r.Outcome.ToString(),
            conditions = r.Results.Select(c => new { c.Code, outcome = c.Outcome.ToString(), c.Sentence, c.MissingFacts }),
        }).ToList());
}
