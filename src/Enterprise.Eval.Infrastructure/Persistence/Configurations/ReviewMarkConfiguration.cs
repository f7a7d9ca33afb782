using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewMarkConfiguration : IEntityTypeConfiguration<ReviewMarkRecord>
{
    public void Configure(EntityTypeBuilder<ReviewMarkRecord> b)
    {
        b.ToTable("review_marks");
        b.HasKey(m => new { m.SessionId, m.StageCode, m.CandidateId, m.MemberId });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.StageCode).HasMaxLength(50);
    }
}
