using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Assessors;
using Enterprise.Eval.Domain.SchemeDocuments;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Assessors;

/// <summary>
/// The assessor's own use cases (seed 004 二(三) 方案报审：省职业技能鉴定中心将组织专家对方案进行评估): the schemes submitted to
/// it, approve, return with comments. Every call is scoped to one assessor: a scheme submitted to another assessor, or
/// never submitted, is "not found", so a key never learns it exists.
/// </summary>
public sealed class AssessmentService(IEvalDbContext db, TimeProvider clock)
{
    /// <summary>Every scheme ever submitted to the assessor, those waiting for its decision first, then the newest.</summary>
    public async Task<IReadOnlyList<SchemeForAssessment>> ListAsync(Guid assessorId, CancellationToken ct = default)
    {
        var rows = await (from d in db.SchemeDocuments.AsNoTracking()
                          join e in db.Enterprises.AsNoTracking() on d.EnterpriseId equals e.Id
                          where d.AssessorId == assessorId
                          select new { d, e.Name, e.CreditCode }).ToListAsync(ct);
        return rows.Select(r => Of(r.d, r.Name, r.CreditCode))
            .OrderBy(s => s.Document.Status == SchemeDocumentStatus.SubmittedForAssessment ? 0 : 1)
            .ThenByDescending(s => s.Document.UpdatedAt).ToList();
    }

    public async Task<SchemeForAssessment> GetAsync(Guid assessorId, Guid schemeId, CancellationToken ct = default)
    {
        var document = await FindAsync(assessorId, schemeId, ct);
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == document.EnterpriseId, ct);
        return Of(document, enterprise.Name, enterprise.CreditCode);
    }

    public Task<SchemeForAssessment> ApproveAsync(Guid assessorId, Guid schemeId, CancellationToken ct = default) =>
        DecideAsync(assessorId, schemeId, (d, at, actor) => d.ApproveByAssessor(assessorId, at, actor), ct);

    public Task<SchemeForAssessment> ReturnAsync(Guid assessorId, Guid schemeId, string comments, CancellationToken ct = default) =>
        DecideAsync(assessorId, schemeId, (d, at, actor) => d.ReturnByAssessor(assessorId, comments, at, actor), ct);

    /// <summary>The audit trail's actor for an assessor's decision: its name, so the chain says who decided.</summary>
    public static string ActorFor(Assessor assessor)
    {
        var actor = "assessor:" + assessor.Name;
        return actor.Length <= 100 ? actor : actor[..100];   // the audit trail's actor column holds 100 characters
    }

    private async Task<SchemeForAssessment> DecideAsync(
        Guid assessorId, Guid schemeId, Func<SchemeDocument, DateTimeOffset, string, SchemeDocumentTransition> decide, CancellationToken ct)
    {
        var assessor = await db.Assessors.FirstOrDefaultAsync(a => a.Id == assessorId, ct)
            ?? throw new NotFoundException("方案评估机构", assessorId.ToString());
        var document = await FindAsync(assessorId, schemeId, ct);
        var enterprise = await db.Enterprises.FirstAsync(e => e.Id == document.EnterpriseId, ct);
        enterprise.EnsureCanRun();
        var actor = ActorFor(assessor);
        decide(document, clock.GetUtcNow(), actor);
        await db.SaveChangesAsync(actor, ct);   // audited by the transition's event (AuditOnSchemeTransition)
        return Of(document, enterprise.Name, enterprise.CreditCode);
    }

    /// <summary>Overdue: still waiting for the assessor after the last day the scheme gives it (China date, inclusive).</summary>
    private SchemeForAssessment Of(SchemeDocument document, string enterpriseName, string creditCode)
    {
        var deadline = StoredSchemes.Of(document)?.AssessmentDeadline;
        var overdue = deadline is { } last && document.Status == SchemeDocumentStatus.SubmittedForAssessment
            && ChinaTime.DateOf(clock.GetUtcNow()) > last;
        return new SchemeForAssessment(document, enterpriseName, creditCode, deadline, overdue);
    }

    private async Task<SchemeDocument> FindAsync(Guid assessorId, Guid schemeId, CancellationToken ct) =>
        await db.SchemeDocuments.FirstOrDefaultAsync(d => d.Id == schemeId && d.AssessorId == assessorId, ct)
        ?? throw new NotFoundException("方案", schemeId.ToString());
}
