using Enterprise.Eval.Application.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    /// <summary>Idempotency-Key records of POST and PUT requests under /api, kept 24 hours.</summary>
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
}
