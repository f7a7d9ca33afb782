using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Review;

/// <summary>What every review use case shares: loading, the audit record written with the change, one save.</summary>
public sealed class ReviewUnitOfWork(IEvalDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string ChangedElsewhereCode = "EVAL-REVIEW-040";

    internal IEvalDbContext Db => db;

    internal DateTimeOffset Now => clock.GetUtcNow();

    internal Task<ReviewState> LoadAsync(Guid enterpriseId, Guid cycleId, CancellationToken ct) =>
        ReviewState.LoadAsync(db, enterpriseId, cycleId, ct);

    internal void Audit(Records.ReviewSessionRecord record, string actor, string action, object after) =>
        audit.Record(record.EnterpriseId, actor, action, "ReviewSession", record.Id.ToString(), null, after);

    internal async Task CommitAsync(ReviewState state, string actor, string action, object after, CancellationToken ct)
    {
        Audit(state.Record, actor, action, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ChangedElsewhereCode, "评审记录已被其他操作更新，请刷新后重试");
        }
    }
}
