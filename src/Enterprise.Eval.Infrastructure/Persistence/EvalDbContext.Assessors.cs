using Enterprise.Eval.Domain.Assessors;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<Assessor> Assessors => Set<Assessor>();
    public DbSet<AssessorKey> AssessorKeys => Set<AssessorKey>();
    public DbSet<AssessorAssignment> AssessorAssignments => Set<AssessorAssignment>();
}
