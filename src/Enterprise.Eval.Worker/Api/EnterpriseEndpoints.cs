using Enterprise.Eval.Application.Enterprises;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/enterprise: the calling key's own enterprise.</summary>
public static class EnterpriseEndpoints
{
    public static IEndpointRouteBuilder MapEnterpriseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprise").RequireEnterpriseKey().WithTags("企业").WithRuleCodes("EVAL-ENT-*");
        group.MapGet("/", async (HttpContext http, EnterpriseRegistry registry, CancellationToken ct) =>
            EnterpriseView.Of(await registry.GetAsync(http.EnterpriseId(), ct))).WithSummary("本企业登记信息");
        group.MapPut("/contact", async (HttpContext http, HrContactBody body, EnterpriseRegistry registry, CancellationToken ct) =>
            EnterpriseView.Of(await registry.ChangeHrContactAsync(http.EnterpriseId(), body.Name, body.Email, "api", ct)))
            .WithSummary("设置或清除本企业人事联系人（接收每日汇总邮件；姓名和邮箱都留空即清除）");
        return app;
    }
}
