using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Domain.Schemes;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.SchemeDocuments;

/// <summary>
/// Upload, list and move an enterprise's stored schemes. Every change is a domain event of the scheme, audited by its
/// handler in the same save, and every call is scoped to one enterprise: another enterprise's scheme is "not found".
/// </summary>
public sealed class SchemeDocumentService(IEvalDbContext db, TimeProvider clock)
{
    /// <summary>Parses the text with the scheme parser; stores it as a draft only when it has no error at all.</summary>
    public async Task<SchemeUploadResult> UploadAsync(Guid enterpriseId, string content, string? fileName, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await EnsureEnterpriseCanRunAsync(enterpriseId, ct);
        var name = string.IsNullOrWhiteSpace(fileName) ? "scheme.yaml" : Path.GetFileName(fileName);
        var parsed = SchemeFileParser.Parse(content, name);
        if (!parsed.IsValid)
            return new SchemeUploadResult(null, parsed.Errors);

        var hash = SchemeDocument.HashOf(content);
        var same = await db.SchemeDocuments.FirstOrDefaultAsync(d => d.EnterpriseId == enterpriseId && d.Sha256 == hash, ct);
        if (same is not null)
            return new SchemeUploadResult(same, []);

        var s = parsed.Scheme!;
        var document = SchemeDocument.Upload(Guid.NewGuid(), enterpriseId, name, content, s.Id, s.Title, s.Year, s.TargetLevel,
            s.AssessmentRequired, clock.GetUtcNow(), actor);
        db.SchemeDocuments.Add(document);
        await db.SaveChangesAsync(actor, ct);
        return new SchemeUploadResult(document, []);
    }

    public async Task<IReadOnlyList<SchemeDocument>> ListAsync(Guid enterpriseId, CancellationToken ct = default) =>
        (await db.SchemeDocuments.AsNoTracking().Where(d => d.EnterpriseId == enterpriseId).ToListAsync(ct))
        .OrderByDescending(d => d.UploadedAt).ToList();

    /// <summary>
    /// The schemes published to the enterprise's staff (004 二(二) 向全体职工公示; 003 四(一) 向职工公开), newest first: what an
    /// employee may read. A scheme not (yet) published is not found here.
    /// </summary>
    public async Task<IReadOnlyList<SchemeDocument>> ListPublishedAsync(Guid enterpriseId, CancellationToken ct = default) =>
        (await db.SchemeDocuments.AsNoTracking().Where(d => d.EnterpriseId == enterpriseId && d.Status == SchemeDocumentStatus.Published).ToListAsync(ct))
        .OrderByDescending(d => d.UpdatedAt).ToList();

    public async Task<SchemeDocument> GetPublishedAsync(Guid enterpriseId, Guid id, CancellationToken ct = default) =>
        await db.SchemeDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.EnterpriseId == enterpriseId && d.Status == SchemeDocumentStatus.Published, ct)
        ?? throw new NotFoundException("已公布的方案", id.ToString());

    public async Task<SchemeDocument> GetAsync(Guid enterpriseId, Guid id, CancellationToken ct = default) =>
        await db.SchemeDocuments.FirstOrDefaultAsync(d => d.Id == id && d.EnterpriseId == enterpriseId, ct)
        ?? throw new NotFoundException("方案", id.ToString());

    /// <summary>方案报审 to the enterprise's assessor; refused (EVAL-SCHEMEDOC-007) while the enterprise has none.</summary>
    public async Task<SchemeDocument> SubmitAsync(Guid enterpriseId, Guid id, string actor, CancellationToken ct = default)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        var assignment = await db.AssessorAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.EnterpriseId == enterpriseId, ct);
        return await MoveAsync(enterpriseId, id, (d, at) =>
        {
            if (!d.AssessmentRequired) throw SchemeDocumentErrors.AssessmentNotRequired();
            return d.Submit(assignment?.AssessorId ?? throw SchemeDocumentErrors.NoAssessor(enterprise.RegistrationAuthority), at, actor);
        }, actor, ct);
    }

    /// <summary>HR's own approval of a scheme that needs no assessment; one that does is approved by its assessor only (EVAL-SCHEMEDOC-006).</summary>
    public Task<SchemeDocument> ApproveAsync(Guid enterpriseId, Guid id, string actor, CancellationToken ct = default) =>
        MoveAsync(enterpriseId, id, (d, at) => d.Approve(at, actor), actor, ct);

    /// <summary>Returning a scheme is the assessor's decision (AssessmentService); the enterprise is always refused (EVAL-SCHEMEDOC-006).</summary>
    public Task<SchemeDocument> ReturnAsync(Guid enterpriseId, Guid id, string comments, string actor, CancellationToken ct = default) =>
        MoveAsync(enterpriseId, id, (_, _) => throw SchemeDocumentErrors.EnterpriseCannotAssess(), actor, ct);

    /// <summary>
    /// Publishes the scheme to the staff. Refused (EVAL-REVIEW-060/061) when its review would not happen: no stage held
    /// and no vote, or fewer optional forms chosen than the seed requires (issue 18 point 2).
    /// </summary>
    public Task<SchemeDocument> PublishAsync(Guid enterpriseId, Guid id, string actor, CancellationToken ct = default) =>
        MoveAsync(enterpriseId, id, (d, at) =>
        {
            if (StoredSchemes.Of(d) is { } scheme && ReviewCheck.Problems(scheme) is { Count: > 0 } problems)
                throw new DomainException(problems[0].Code, string.Join("；", problems.Select(p => $"{p.Message}（{p.Code}）")));
            return d.Publish(at, actor);
        }, actor, ct);

    private async Task<SchemeDocument> MoveAsync(
        Guid enterpriseId, Guid id, Func<SchemeDocument, DateTimeOffset, SchemeDocumentTransition> move, string actor, CancellationToken ct)
    {
        await EnsureEnterpriseCanRunAsync(enterpriseId, ct);
        var document = await GetAsync(enterpriseId, id, ct);
        move(document, clock.GetUtcNow());
        await db.SaveChangesAsync(actor, ct);   // the transition's event carries its audit record (AuditOnSchemeTransition)
        return document;
    }

    private async Task EnsureEnterpriseCanRunAsync(Guid enterpriseId, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
            ?? throw new NotFoundException("企业", enterpriseId.ToString());
        enterprise.EnsureCanRun();
    }
}
