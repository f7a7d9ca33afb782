using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Certificates;
using Enterprise.Eval.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Worker.Api;

/// <summary>/api/certificates: the enterprise's certificates (paged, by number), one by number, and revocation.</summary>
public static class CertificateEndpoints
{
    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/certificates").RequireEnterpriseKey().WithTags("职业技能等级证书").WithRuleCodes("EVAL-CERT-*");

        group.MapGet("/", async ([AsParameters] PageQuery paging, HttpContext http, IEvalDbContext db, Guid? cycleId, CancellationToken ct) =>
        {
            var (number, size) = Paging.Read(paging);
            var enterpriseId = http.EnterpriseId();
            var query = db.Certificates.AsNoTracking().Where(c => c.EnterpriseId == enterpriseId && (cycleId == null || c.CycleId == cycleId));
            var total = await query.CountAsync(ct);
            // Numbers are fixed-length upper-case letters and digits, so the database order is the ordinal order.
            var items = await query.OrderBy(c => c.Number).Skip(Paging.Skip(number, size)).Take(size).ToListAsync(ct);
            return Paging.Of(http, number, size, total, items.Select(CertificateView.Of).ToList());
        }).WithSummary("证书列表（分页，按证书编号）").WithPaging();

        group.MapGet("/{number}", async (string number, HttpContext http, IEvalDbContext db, CancellationToken ct) =>
        {
            var parsed = CertificateNumber.Parse(number);
            if (parsed.Number is null) return Problems.NotFound("该证书");
            var certificate = await db.Certificates.AsNoTracking()
                .FirstOrDefaultAsync(c => c.EnterpriseId == http.EnterpriseId() && c.Number == parsed.Number, ct);
            return certificate is null ? Problems.NotFound("该证书") : Results.Ok(CertificateView.Of(certificate));
        }).WithSummary("证书详情");

        group.MapPost("/{number}/revoke", async (string number, RevokeRequest request, HttpContext http, CertificateIssuer issuer, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
                return Problems.Of(StatusCodes.Status400BadRequest, "EVAL-API-400", "撤销原因不能为空");
            var certificate = await issuer.RevokeAsync(http.EnterpriseId(), number, request.Reason, "api", ct);
            return Results.Ok(CertificateView.Of(certificate));
        }).WithSummary("撤销证书（编号保留，不再使用）");
        return app;
    }

    /// <summary>Body of a revocation: why (e.g. 弄虚作假：业绩材料不实).</summary>
    public sealed record RevokeRequest(string? Reason);
}
