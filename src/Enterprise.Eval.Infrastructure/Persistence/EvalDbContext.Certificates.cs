using Enterprise.Eval.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<ExportBatch> ExportBatches => Set<ExportBatch>();
}
