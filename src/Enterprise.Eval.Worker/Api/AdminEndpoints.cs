using Enterprise.Eval.Application.Assessors;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Assessors;
using Enterprise.Eval.Domain.Enterprises;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/admin: the enterprise registry, for the administrator key from configuration.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/enterprises").RequireAdminKey().WithTags("管理：企业登记").WithRuleCodes("EVAL-ENT-*");

        admin.MapPost("/", async (EnterpriseRegistrationRequest body, HttpContext http, EnterpriseRegistry registry, CancellationToken ct) =>
        {
            var (enterprise, key) = await registry.RegisterAsync(body.ToDomain(), "admin", ct);
            http.Response.Headers.CacheControl = "no-store";   // the key is shown once: never kept by a cache or an idempotency record
            return Results.Created($"/api/admin/enterprises/{enterprise.Id}", new { enterprise = EnterpriseView.Of(enterprise), apiKey = key });
        }).WithSummary("登记企业（返回一次性显示的 API 密钥）");

        admin.MapGet("/", async ([AsParameters] PageQuery paging, HttpContext http, EnterpriseRegistry registry, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            return Paging.Of(http, requested, await registry.ListAsync(ct), EnterpriseView.Of);
        }).WithSummary("企业列表（分页，按名称）").WithPaging();

        admin.MapGet("/{id:guid}", async (Guid id, EnterpriseRegistry registry, CancellationToken ct) =>
            EnterpriseView.Of(await registry.GetAsync(id, ct))).WithSummary("企业详情");

        admin.MapPost("/{id:guid}/suspend", async (Guid id, EnterpriseRegistry r, CancellationToken ct) => { await r.SuspendAsync(id, "admin", ct); return Results.NoContent(); })
            .WithSummary("暂停企业评价工作");
        admin.MapPost("/{id:guid}/reinstate", async (Guid id, EnterpriseRegistry r, CancellationToken ct) => { await r.ReinstateAsync(id, "admin", ct); return Results.NoContent(); })
            .WithSummary("恢复企业评价工作");
        admin.MapPost("/{id:guid}/strike-off", async (Guid id, EnterpriseRegistry r, CancellationToken ct) => { await r.StrikeOffAsync(id, "admin", ct); return Results.NoContent(); })
            .WithSummary("取消企业评价机构资格");
        admin.MapPut("/{id:guid}/hr-contact", async (Guid id, HrContactBody body, EnterpriseRegistry r, CancellationToken ct) =>
                EnterpriseView.Of(await r.ChangeHrContactAsync(id, body.Name, body.Email, "admin", ct)))
            .WithSummary("设置或清除人事联系人（接收每日汇总邮件）");
        admin.MapPost("/{id:guid}/rotate-key", async (Guid id, HttpContext http, EnterpriseRegistry r, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(new { apiKey = await r.RotateKeyAsync(id, "admin", ct) });
        })
            .WithSummary("轮换 API 密钥（旧密钥立即失效）");
        admin.MapPut("/{id:guid}/assessor", async (Guid id, AssessorAssignmentBody body, AssessorRegistry assessors, CancellationToken ct) =>
        {
            await assessors.AssignAsync(id, body.AssessorId, "admin", ct);
            var assessor = await assessors.AssignedToAsync(id, ct);
            return new AssessorAssignmentView(id, assessor is null ? null : AssessorView.Of(assessor));
        }).WithSummary("指定企业的方案评估机构（方案报审报送该机构；assessorId 为 null 时取消指定）");

        var bodies = app.MapGroup("/api/admin/assessors").RequireAdminKey().WithTags("管理：方案评估机构").WithRuleCodes("EVAL-ASSR-*");
        bodies.MapPost("/", async (AssessorCreateBody body, HttpContext http, AssessorRegistry assessors, CancellationToken ct) =>
        {
            var (assessor, key) = await assessors.CreateAsync(body.Name, "admin", ct);
            http.Response.Headers.CacheControl = "no-store";   // the key is shown once
            return Results.Created($"/api/admin/assessors/{assessor.Id}", new { assessor = AssessorView.Of(assessor), apiKey = key });
        }).WithSummary("登记方案评估机构（如江苏省职业技能鉴定中心；返回一次性显示的 API 密钥）");
        bodies.MapGet("/", async ([AsParameters] PageQuery paging, HttpContext http, AssessorRegistry assessors, CancellationToken ct) =>
        {
            var requested = Paging.Read(paging);
            return Paging.Of(http, requested, await assessors.ListAsync(ct), AssessorView.Of);
        }).WithSummary("方案评估机构列表（分页，按名称）").WithPaging();
        bodies.MapGet("/{id:guid}", async (Guid id, AssessorRegistry assessors, CancellationToken ct) =>
            AssessorView.Of(await assessors.GetAsync(id, ct))).WithSummary("方案评估机构详情");
        bodies.MapPost("/{id:guid}/rotate-key", async (Guid id, HttpContext http, AssessorRegistry assessors, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(new { apiKey = await assessors.RotateKeyAsync(id, "admin", ct) });
        }).WithSummary("轮换方案评估机构的 API 密钥（旧密钥立即失效）");
        return app;
    }
}

/// <summary>The assessor an enterprise's schemes go to; null removes the assignment.</summary>
public sealed record AssessorAssignmentBody(Guid? AssessorId);

public sealed record AssessorCreateBody(string? Name);

/// <summary>The assessor an enterprise's schemes now go to (null: none).</summary>
public sealed record AssessorAssignmentView(Guid EnterpriseId, AssessorView? Assessor);

public sealed record AssessorView(Guid Id, string Name, DateTimeOffset CreatedAt)
{
    public static AssessorView Of(Assessor a) => new(a.Id, a.Name, a.CreatedAt);
}

/// <summary>Registration as the API takes it: evaluatorType is "Y" (employer) or "S" (social organisation).</summary>
public sealed record EnterpriseRegistrationRequest(
    string Name, string CreditCode, string EvaluatorType, string EvaluatorCode, string ProvinceCode,
    string SiteSequenceCode, string RegistrationAuthority, string RegistrationNumber, DateOnly RegistrationDate,
    string? HrContactName = null, string? HrContactEmail = null)
{
    public EnterpriseRegistration ToDomain() => new(
        Name, CreditCode, ParseEvaluatorType(EvaluatorType), EvaluatorCode, ProvinceCode, SiteSequenceCode,
        RegistrationAuthority, RegistrationNumber, RegistrationDate, HrContactName, HrContactEmail);

    public static Domain.Enterprises.EvaluatorType ParseEvaluatorType(string? letter) => letter?.Trim().ToUpperInvariant() switch
    {
        "Y" => Domain.Enterprises.EvaluatorType.Employer,
        "S" => Domain.Enterprises.EvaluatorType.SocialOrganisation,
        _ => throw new Domain.Common.DomainException("EVAL-ENT-017", $"评价机构类型“{letter}”无效，应为 Y（用人单位）或 S（社会培训评价组织）"),
    };
}

public sealed record EnterpriseView(
    Guid Id, string Name, string CreditCode, string EvaluatorType, string EvaluatorCode, string ProvinceCode,
    string SiteSequenceCode, string RegistrationAuthority, string RegistrationNumber, DateOnly RegistrationDate, string Status,
    string? HrContactName, string? HrContactEmail, string? Warning)
{
    /// <summary>What the administrator is told when the enterprise has no HR contact: its daily digest is skipped.</summary>
    public const string NoHrContactWarning = "未设置人事联系人邮箱：每日汇总邮件不会发送（enterprise contact 或 PUT /api/enterprise/contact 设置）";

    public static EnterpriseView Of(RegisteredEnterprise e) => new(
        e.Id, e.Name, e.CreditCode, e.EvaluatorTypeLetter.ToString(), e.EvaluatorCode, e.ProvinceCode, e.SiteSequenceCode,
        e.RegistrationAuthority, e.RegistrationNumber, e.RegistrationDate, e.Status.ToString(),
        e.HrContactName, e.HrContactEmail, e.HrContactEmail is null ? NoHrContactWarning : null);
}
