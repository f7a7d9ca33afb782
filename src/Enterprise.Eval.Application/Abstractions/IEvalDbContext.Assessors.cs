using Enterprise.Eval.Domain.Assessors;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    DbSet<Assessor> Assessors { get; }
    DbSet<AssessorKey> AssessorKeys { get; }
    DbSet<AssessorAssignment> AssessorAssignments { get; }
}
