using Enterprise.Eval.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    DbSet<Certificate> Certificates { get; }
    DbSet<ExportBatch> ExportBatches { get; }

    /// <summary>Cleared before each attempt of a retried transaction, so a failed attempt's entities are not saved twice.</summary>
    ChangeTracker ChangeTracker { get; }
}
