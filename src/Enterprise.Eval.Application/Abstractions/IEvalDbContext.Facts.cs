using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Facts;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    /// <summary>Imported employee facts, one row per enterprise, employee and kind.</summary>
    DbSet<StoredFactRecord> FactRecords { get; }

    /// <summary>HR attestations on applications; the latest per application and item counts.</summary>
    DbSet<AttestationRecord> Attestations { get; }
}
