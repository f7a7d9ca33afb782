using Enterprise.Eval.Application.Review.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ReviewOverrideConfiguration : IEntityTypeConfiguration<ReviewOverrideRecord>
{
    public void Configure(EntityTypeBuilder<ReviewOverrideRecord> b)
    {
        b.ToTable("review_overrides");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.HasOne<ReviewSessionRecord>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Reason).IsRequired().HasMaxLength(500);
        b.Property(o => o.DecidedBy).IsRequired().HasMaxLength(100);
    }
}
