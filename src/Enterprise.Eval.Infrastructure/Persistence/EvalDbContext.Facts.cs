using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Facts;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<StoredFactRecord> FactRecords => Set<StoredFactRecord>();
    public DbSet<AttestationRecord> Attestations => Set<AttestationRecord>();
}
