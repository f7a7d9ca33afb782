using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.SchemeDocuments;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<SchemeDocument> SchemeDocuments => Set<SchemeDocument>();
    public DbSet<EvaluationCycle> Cycles => Set<EvaluationCycle>();
}
