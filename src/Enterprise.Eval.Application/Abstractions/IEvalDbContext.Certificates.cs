using Enterprise.Eval.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    DbSet<Certificate> Certificates { get; }
    DbSet<ExportBatch> ExportBatches { get; }
}
