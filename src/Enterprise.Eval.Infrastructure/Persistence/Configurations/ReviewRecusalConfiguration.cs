using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewRecusalConfiguration : IEntityTypeConfiguration<ReviewRecusalRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRecusalRecord> b)
    {
        b.ToTable("review_recusals");
        b.HasKey(r => new { r.SessionId, r.MemberId, r.CandidateId });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Reason).IsRequired().HasMaxLength(500);
    }
}
