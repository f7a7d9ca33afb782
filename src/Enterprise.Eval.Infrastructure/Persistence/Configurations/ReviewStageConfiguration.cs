using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewStageConfiguration : IEntityTypeConfiguration<ReviewStageRecord>
{
    public void Configure(EntityTypeBuilder<ReviewStageRecord> b)
    {
        b.ToTable("review_stages");
        b.HasKey(s => new { s.SessionId, s.Code });
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Code).HasMaxLength(50);
        b.Property(s => s.Name).IsRequired().HasMaxLength(200);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.PassMarkComparison).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Aggregation).HasConversion<string>().HasMaxLength(20);
    }
}
