using Enterprise.Eval.Application.Review.Records;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

/// <summary>One review per cycle; LastSeq is the concurrency token every stored action moves.</summary>
internal sealed class ReviewSessionConfiguration : IEntityTypeConfiguration<ReviewSessionRecord>
{
    public void Configure(EntityTypeBuilder<ReviewSessionRecord> b)
    {
        b.ToTable("review_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluationCycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.CycleId).IsUnique();
        b.HasIndex(s => s.EnterpriseId);
        b.Property(s => s.CommitteeName).IsRequired().HasMaxLength(100);
        b.Property(s => s.Level).IsRequired().HasMaxLength(30);
        b.Property(s => s.ExpertShareComparison).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.BallotKind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.PassShareComparison).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Denominator).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.QuorumComparison).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LastSeq).IsConcurrencyToken();
    }
}
