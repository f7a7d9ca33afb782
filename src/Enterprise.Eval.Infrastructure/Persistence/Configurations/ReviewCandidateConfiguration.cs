using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewCandidateConfiguration : IEntityTypeConfiguration<ReviewCandidateRecord>
{
    public void Configure(EntityTypeBuilder<ReviewCandidateRecord> b)
    {
        b.ToTable("review_candidates");
        b.HasKey(c => new { c.SessionId, c.CandidateId });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Name).IsRequired().HasMaxLength(100);
        b.Property(c => c.Gender).IsRequired().HasMaxLength(10);
        b.Property(c => c.Unit).IsRequired().HasMaxLength(200);
        b.Property(c => c.Department).IsRequired().HasMaxLength(200);
        b.Property(c => c.OccupationCode).IsRequired().HasMaxLength(30);
        b.Property(c => c.OccupationName).IsRequired().HasMaxLength(100);
        b.Property(c => c.Level).IsRequired().HasMaxLength(30);
        b.Property(c => c.LineManagerNumber).HasMaxLength(50);
        b.Property(c => c.Region).HasMaxLength(50);
    }
}
