using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// Records the decisions of the authority that issues a scheme's certificate (issue 19 point 2: 福建 省人社厅研究确认后颁发
/// 《机关事业单位高级技师证书》, 南通 省人社厅核发, 温州 当地人社局核发 / 技师报温州市职业技能鉴定指导中心认定). The product never
/// mints a number for such a scheme: it records the one the authority gave, checked against the scheme's
/// `certificate` rules, through the application's transition (audited, the certificate mailed by its handlers).
/// </summary>
public sealed class AuthorityDecisions(IEvalDbContext db, CycleService cycles, TimeProvider clock)
{
    public const string NotAuthorityIssuedCode = "EVAL-CERT-040";
    public const string NotSubmittedCode = "EVAL-CERT-041";
    public const string BadNumberCode = "EVAL-CERT-042";
    public const string DuplicateNumberCode = "EVAL-CERT-043";

    public async Task<SkillApplication> RecordAsync(Guid enterpriseId, Guid cycleId, AuthorityDecisionRequest request, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
        var cycle = await cycles.GetAsync(enterpriseId, cycleId, ct);
        if (cycle.CertificateIssuer != CertificateIssuerKind.Authority)
            throw new DomainException(NotAuthorityIssuedCode, "本评价周期的证书由企业颁发（职业技能等级证书，由本系统编号），没有认定部门的认定结果可登记；请使用颁发证书（cycle certify）");
        if (cycle.Status != CycleStatus.Submitted)
            throw new DomainException(NotSubmittedCode,
                $"评价周期当前处于“{CycleText.Status(cycle.Status)}”阶段：须在报送认定部门之后、颁发证书之前登记认定结果（报送：cycle advance {cycle.Id}）");
        var document = await db.SchemeDocuments.AsNoTracking().FirstAsync(d => d.Id == cycle.SchemeId, ct);
        var rules = StoredSchemes.Of(document)?.Certificate ?? CertificateRules.Enterprise;
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == request.ApplicationId && a.CycleId == cycleId && a.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException("申报", request.ApplicationId.ToString());

        // The same answer again (a retried request) changes nothing.
        if (request.Confirmed ? application.Status == ApplicationStatus.Certified && application.AuthorityCertificateNumber == request.CertificateNumber?.Trim()
                : application.Status == ApplicationStatus.AuthorityDeclined)
            return application;
        string? number = null;
        if (request.Confirmed)
        {
            if (rules.NumberProblem(request.CertificateNumber) is { } problem)
                throw new DomainException(BadNumberCode, $"{problem}（{rules.Authority ?? "认定部门"}颁发的《{rules.CertificateTitle}》）");
            number = request.CertificateNumber!.Trim();
            if (await db.Applications.AnyAsync(a => a.CycleId == cycleId && a.Id != application.Id && a.AuthorityCertificateNumber == number, ct))
                throw new DomainException(DuplicateNumberCode, $"证书编号“{number}”已登记给本周期的另一名人员：请核对认定部门的答复");
        }
        var now = clock.GetUtcNow();
        application.RecordAuthorityDecision(request.Confirmed, number, request.DecidedOn ?? ChinaTime.DateOf(now), request.Reason, now);
        await db.SaveChangesAsync(actor, ct);
        return application;
    }
}
