using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Enterprise.Eval.Migrations;

/// <summary>
/// The model as the migrations leave it, hand-written because the EF design tools cannot be restored here. Each
/// feature describes its own tables in a partial file beside this one (EvalDbContextModelSnapshot.Feature.cs);
/// a test checks on every provider that this snapshot and the live model agree.
/// </summary>
[DbContext(typeof(EvalDbContext))]
public sealed partial class EvalDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.15");
        BuildFoundation(modelBuilder);
        BuildSchemesAndCycles(modelBuilder);
        BuildPublicity(modelBuilder);
        BuildApplications(modelBuilder);
        BuildReview(modelBuilder);
        BuildCertificates(modelBuilder);
        BuildOutbox(modelBuilder);
        BuildFacts(modelBuilder);
        BuildApiAccess(modelBuilder);
        BuildAccounts(modelBuilder);
        BuildAssessors(modelBuilder);
    }

    static partial void BuildFoundation(ModelBuilder modelBuilder);
    static partial void BuildSchemesAndCycles(ModelBuilder modelBuilder);
    static partial void BuildApplications(ModelBuilder modelBuilder);
    static partial void BuildReview(ModelBuilder modelBuilder);
    static partial void BuildCertificates(ModelBuilder modelBuilder);
    static partial void BuildOutbox(ModelBuilder modelBuilder);
    static partial void BuildPublicity(ModelBuilder modelBuilder);
    static partial void BuildFacts(ModelBuilder modelBuilder);
    static partial void BuildApiAccess(ModelBuilder modelBuilder);
    static partial void BuildAccounts(ModelBuilder modelBuilder);
    static partial void BuildAssessors(ModelBuilder modelBuilder);
}
