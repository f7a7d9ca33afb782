using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.SchemeDocuments;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    DbSet<SchemeDocument> SchemeDocuments { get; }
    DbSet<EvaluationCycle> Cycles { get; }
}
